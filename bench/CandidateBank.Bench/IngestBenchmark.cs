using System.Diagnostics;
using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Tests;
using CandidateBank.Store;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Bench;

public sealed record IngestResult(string Transport, int Count, TimeSpan Published, TimeSpan Indexed)
{
    public void Print() => Console.WriteLine(
        $"{Transport,-9} {Count,7} profiles stored and indexed in {Indexed.TotalSeconds,6:0.00} s = {Count / Indexed.TotalSeconds,8:N0} profiles/s" +
        $"   (all published and confirmed after {Published.TotalSeconds:0.00} s)");
}

public static class IngestBenchmark
{
    private static readonly string[] Homes = ["Aarhus", "Skanderborg", "Randers", "Silkeborg", "Horsens", "Favrskov", "Odder", "Syddjurs"];

    private static bool _warmedUp;

    /// <summary>
    /// One fresh server (fresh data directory) on the in-memory bus, or on RabbitMQ when a broker is given. The first
    /// call in a process is preceded by an unmeasured in-memory run: a server that has run a while has its hot code
    /// compiled at full optimisation (tiered JIT), and a cold run of a few seconds measures the JIT instead.
    /// </summary>
    public static async Task<IngestResult> RunAsync(int count, string? broker)
    {
        if (!_warmedUp)
        {
            _warmedUp = true;
            await MeasureAsync(Math.Min(count, WarmUpProfiles), broker: null);
        }
        return await MeasureAsync(count, broker);
    }

    public const int WarmUpProfiles = 5_000;

    private static async Task<IngestResult> MeasureAsync(int count, string? broker)
    {
        var run = NewRunId();
        var profiles = BenchProfiles(run, count);
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"candidatebank-bench-{run}");
        try
        {
            await using var server = await BenchServer.StartAsync(dataDirectory, broker);
            var clock = Stopwatch.StartNew();
            var publishing = broker is null
                ? PublishInMemory(server.Services.GetRequiredService<IBus>(), profiles)
                : ConfirmingPublisher.PublishAsync(broker, profiles);
            var published = TimeSpan.Zero;
            _ = publishing.ContinueWith(_ => published = clock.Elapsed, TaskScheduler.Default);
            await WaitUntilIndexed(server.Services, $"bench-{run}-", count, publishing);
            var indexed = clock.Elapsed;
            await publishing;
            if (published == TimeSpan.Zero) published = clock.Elapsed;

            var versions = server.Services.GetRequiredService<CandidateIndex>().IndexedVersions();
            var missing = profiles.Count(p => !versions.ContainsKey(p.CandidateId));
            if (missing > 0) throw new InvalidOperationException($"{missing} profiles are marked indexed but not in the index.");
            await server.StopAsync(); // as the host would: background services end on their stopping token, not on dispose
            return new IngestResult(broker is null ? "in-memory" : "RabbitMQ", count, published, indexed);
        }
        finally
        {
            if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>Profiles with ids <c>bench-{run}-{n}</c>, homes spread over East Jutland.</summary>
    internal static List<CandidateProfile> BenchProfiles(string run, int count, int first = 0) => Enumerable.Range(first, count)
        .Select(i => Profiles.Struktør($"bench-{run}-{i:D6}", Homes[i % Homes.Length]) with { Headline = $"Struktør nummer {i} med betonarbejde" })
        .ToList();

    /// <summary>Letters only: eight digits in a row would read as a phone number, and the indexer would rightly refuse the id.</summary>
    internal static string NewRunId() => string.Concat(Enumerable.Range(0, 8).Select(_ => (char)('a' + Random.Shared.Next(26))));

    private static async Task PublishInMemory(IBus bus, List<CandidateProfile> profiles)
    {
        foreach (var chunk in profiles.Chunk(1000)) await bus.PublishBatch(chunk);
    }

    /// <summary>Polls the store for this run's profiles marked indexed (which the writer does after the index refresh).</summary>
    internal static async Task WaitUntilIndexed(IServiceProvider services, string prefix, int count, Task publishing)
    {
        var (indexed, progressAt) = (0, DateTime.UtcNow);
        while (true)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
                var now = await db.Candidates.CountAsync(c => c.IndexedAt != null && c.CandidateId.StartsWith(prefix));
                if (now >= count) return;
                if (now > indexed) (indexed, progressAt) = (now, DateTime.UtcNow);
            }
            if (publishing.IsFaulted) await publishing;
            // A rejected profile never arrives: fail instead of waiting for it (the indexer logs why, as R-FAULT).
            if (DateTime.UtcNow - progressAt > TimeSpan.FromSeconds(60))
                throw new TimeoutException($"Indexing stalled at {indexed} of {count} profiles for 60 s.");
            // A count over the table costs CPU the indexer is measured on: poll no more often than the figures need.
            await Task.Delay(100);
        }
    }
}
