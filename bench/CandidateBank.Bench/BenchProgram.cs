using System.Globalization;

namespace CandidateBank.Bench;

/// <summary>
/// Benchmarks that print figures, not tests. <c>ingest</c>: end-to-end ingestion throughput, profiles published to the bus
/// until every one is stored in SQLite and searchable in Lucene. <c>search</c>: shortlist latency at national scale
/// (see <see cref="Search.SearchBenchmark"/>). <c>probe</c>: freshness of a running server under load
/// (<see cref="FreshnessProbe"/>). <c>rematch</c>: an arriving profile against every open order
/// (<see cref="RematchBenchmark"/>). <c>pages</c>: the web app's pages at scale (<see cref="PagesBenchmark"/>). <c>replicas</c>:
/// several server processes on one PostgreSQL and one RabbitMQ (<see cref="Replicas.ReplicaBenchmark"/>). <c>--smoke</c> runs either small so CI checks it still works.
/// </summary>
public static class BenchProgram
{
    private const string Usage = """
        Usage: dotnet run -c Release --project bench/CandidateBank.Bench -- ingest [options]
          --transport inmemory|rabbitmq|both   default: both when --broker is given, else inmemory
          --count <n>                          profiles per transport (default 20000; 300 with --smoke)
          --warm-up <n>                        profiles the fresh server ingests, unmeasured, before each measured run
                                               (default 100000; 300 with --smoke): a server that has run a while has
                                               its hot code compiled at full optimisation, a cold one measures the JIT
          --broker amqp://user:password@host:port/vhost   the RabbitMQ broker (the server consumes there too)
          --smoke                              a quick run that checks the benchmark works, not the figures
        With RabbitMQ it also measures catch-up: a server restarted after <count> profiles were published while it was
        down (on top of <count> it already stored), from process start to all of them searchable. Then freshness: 200
        profiles (20 with --smoke) published one at a time, each timed from the publish until it is searchable.
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args is ["search", .. var search]) return await Search.SearchBenchmark.RunAsync(search);
        if (args is ["pg-quality", ..]) return await Postgres.PostgresCommand.RunAsync(args);
        if (args is ["probe", .. var probe]) return await FreshnessProbe.RunAsync(probe);
        if (args is ["rematch", .. var rematch]) return RematchBenchmark.Run(rematch);
        if (args is ["pages", .. var pages]) return await PagesBenchmark.RunAsync(pages);
        if (args is ["replicas", .. var replicas]) return await Replicas.ReplicaBenchmark.RunAsync(replicas);
        if (args is not ["ingest", .. var rest])
        {
            Console.Error.WriteLine($"{Usage}\n{Search.SearchOptions.Usage}\n{Postgres.PostgresCommand.Usage}\n{FreshnessProbe.Usage}\n{RematchBenchmark.Usage}\n{PagesBenchmark.Usage}\n{Replicas.ReplicaBenchmark.Usage}");
            return 2;
        }
        var options = new Dictionary<string, string>();
        var smoke = false;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--smoke") { smoke = true; continue; }
            if (rest[i] is not ("--transport" or "--count" or "--warm-up" or "--broker") || i + 1 >= rest.Length) { Console.Error.WriteLine(Usage); return 2; }
            options[rest[i]] = rest[++i];
        }
        var count = options.TryGetValue("--count", out var c) ? int.Parse(c, CultureInfo.InvariantCulture) : smoke ? 300 : 20_000;
        var warmUp = options.TryGetValue("--warm-up", out var w) ? int.Parse(w, CultureInfo.InvariantCulture) : smoke ? 300 : 100_000;
        var broker = options.GetValueOrDefault("--broker");
        var transport = options.GetValueOrDefault("--transport") ?? (broker is null ? "inmemory" : "both");
        if (transport is not ("inmemory" or "rabbitmq" or "both") || (transport != "inmemory" && broker is null))
        {
            Console.Error.WriteLine($"--transport {transport} needs --broker for RabbitMQ.\n{Usage}");
            return 2;
        }

        Console.WriteLine($"Ingestion benchmark: {count} profiles per transport after a warm-up of {warmUp}, {Environment.ProcessorCount} CPUs{(smoke ? " (smoke)" : "")}");
        if (transport is "inmemory" or "both") (await IngestBenchmark.RunAsync(count, warmUp, broker: null)).Print();
        if (transport is "rabbitmq" or "both") (await IngestBenchmark.RunAsync(count, warmUp, broker)).Print();
        if (transport is "rabbitmq" or "both") (await CatchUpBenchmark.RunAsync(count, broker!)).Print();
        var samples = smoke ? 20 : 200;
        if (transport is "inmemory" or "both") Console.WriteLine($"freshness in-memory: publish to searchable, one profile at a time: {await FreshnessBenchmark.RunAsync(samples, broker: null)}");
        if (transport is "rabbitmq" or "both") Console.WriteLine($"freshness RabbitMQ:  publish to searchable, one profile at a time: {await FreshnessBenchmark.RunAsync(samples, broker)}");
        return 0;
    }
}
