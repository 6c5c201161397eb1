using System.Diagnostics;
using System.Globalization;
using CandidateBank.Bench.Search;
using Microsoft.Data.Sqlite;

namespace CandidateBank.Bench;

/// <summary>
/// Freshness of a running server under whatever feed it is taking: waits until its store holds <c>--after</c> indexed
/// candidates, then publishes probe profiles to the broker one at a time, each timed from the publish until the store
/// marks it indexed (the writer does so in the transaction of the index refresh that makes it searchable).
/// bench/server-memory.sh runs it beside the partner CLI's bulk publish, so the probes meet a large, growing index.
/// </summary>
public static class FreshnessProbe
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/CandidateBank.Bench -- probe --broker <amqp uri> --store <path> [options]
          --store <path>      the running server's SQLite store (candidatebank.db), read only
          --after <n>         start probing once <n> candidates are indexed (default 0)
          --samples <n>       probe profiles, one at a time (default 200)
          --feed <n>          meanwhile, publish <n> other profiles per second, a steady feed (default 0)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
        if (args.Length % 2 != 0 || !options.ContainsKey("--broker") || !options.ContainsKey("--store")
            || options.Keys.Except(["--broker", "--store", "--after", "--samples", "--feed"]).Any())
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var after = int.Parse(options.GetValueOrDefault("--after", "0"), CultureInfo.InvariantCulture);
        var samples = int.Parse(options.GetValueOrDefault("--samples", "200"), CultureInfo.InvariantCulture);
        var feedPerSecond = int.Parse(options.GetValueOrDefault("--feed", "0"), CultureInfo.InvariantCulture);

        await using var store = new SqliteConnection($"Data Source={options["--store"]};Mode=ReadOnly");
        await store.OpenAsync();
        // A count over a million rows costs the measured server CPU: often enough, no more.
        while (await IndexedCount(store) < after) await Task.Delay(TimeSpan.FromSeconds(2));
        var first = await IndexedCount(store);

        using var stopFeed = new CancellationTokenSource();
        var feed = feedPerSecond > 0 ? FeedAsync(options["--broker"], feedPerSecond, stopFeed.Token) : Task.FromResult(0);
        await using var publisher = await ConfirmingPublisher.ConnectAsync(options["--broker"]);
        var latencies = new List<TimeSpan>(samples);
        foreach (var probe in IngestBenchmark.BenchProfiles(IngestBenchmark.NewRunId(), samples))
        {
            var clock = Stopwatch.StartNew();
            await publisher.PublishAsync([probe]);
            while (!await IsIndexed(store, probe.CandidateId))
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"{probe.CandidateId} was not searchable after 60 s.");
                await Task.Delay(1);
            }
            latencies.Add(clock.Elapsed);
        }
        await stopFeed.CancelAsync();
        var fed = await feed;
        Console.WriteLine($"freshness: publish to searchable, one probe at a time: {LatencySummary.From(latencies)}; " +
                          $"the index held {first:N0} candidates at the first probe and {await IndexedCount(store):N0} after the last; " +
                          $"{fed:N0} other profiles fed meanwhile ({feedPerSecond:N0}/s asked)");
        return 0;
    }

    /// <summary>
    /// A steady feed beside the probes: a tenth of the rate every 100 ms. Slower than the server's throughput on purpose:
    /// a probe behind a backlog measures the backlog, not freshness.
    /// </summary>
    private static async Task<int> FeedAsync(string broker, int perSecond, CancellationToken stop)
    {
        await using var publisher = await ConfirmingPublisher.ConnectAsync(broker);
        var run = IngestBenchmark.NewRunId();
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        var fed = 0;
        try
        {
            while (await tick.WaitForNextTickAsync(stop))
            {
                var batch = Math.Max(1, perSecond / 10);
                await publisher.PublishAsync(IngestBenchmark.BenchProfiles(run, batch, first: fed));
                fed += batch;
            }
        }
        catch (OperationCanceledException) { }
        return fed;
    }

    private static async Task<long> IndexedCount(SqliteConnection store) =>
        (long)(await Command(store, "select count(*) from Candidates where IndexedAt is not null").ExecuteScalarAsync())!;

    private static async Task<bool> IsIndexed(SqliteConnection store, string candidateId)
    {
        var command = Command(store, "select count(*) from Candidates where CandidateId = $id and IndexedAt is not null");
        command.Parameters.AddWithValue("$id", candidateId);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static SqliteCommand Command(SqliteConnection store, string sql)
    {
        var command = store.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
