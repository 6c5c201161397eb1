using System.Diagnostics;
using System.Runtime;
using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Tests;
using CandidateBank.Store;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Bench;

public sealed record IngestResult(string Transport, int Count, TimeSpan Published, TimeSpan Indexed, int WarmUp, TimeSpan WarmUpIndexed,
    long MethodsCompiledWarmingUp, long MethodsCompiledMeasured)
{
    public void Print() => Console.WriteLine(
        $"{Transport,-9} {Count,7} profiles stored and indexed in {Indexed.TotalSeconds,6:0.00} s = {Count / Indexed.TotalSeconds,8:N0} profiles/s" +
        $"   (all published and confirmed after {Published.TotalSeconds:0.00} s" +
        (WarmUp > 0 ? $"; the fresh server's first {WarmUp:N0}, unmeasured warm-up: {WarmUp / WarmUpIndexed.TotalSeconds:N0} profiles/s" : "; no warm-up") +
        $"; methods JIT-compiled: {MethodsCompiledWarmingUp:N0} from start to the end of the warm-up, {MethodsCompiledMeasured:N0} during the measured run)");
}

public static class IngestBenchmark
{
    private static readonly string[] Homes = ["Aarhus", "Skanderborg", "Randers", "Silkeborg", "Horsens", "Favrskov", "Odder", "Syddjurs"];

    /// <summary>
    /// A fresh server (fresh data directory) on the in-memory bus, or on RabbitMQ when a broker is given, measured after
    /// it has ingested <paramref name="warmUp"/> other profiles, as a server that has run a while has: its hot code
    /// compiled at full optimisation by the tiered JIT and its per-process caches (EF Core's model and queries,
    /// MassTransit's pipes) built. Measured: tens of thousands of methods are compiled during a fresh server's first
    /// 100,000 profiles, a few hundred during the next 50,000; a cold run measures the JIT.
    /// </summary>
    public static async Task<IngestResult> RunAsync(int count, int warmUp, string? broker)
    {
        var run = NewRunId();
        var profiles = BenchProfiles(run, count);
        var warmUpProfiles = BenchProfiles(NewRunId(), warmUp);
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"candidatebank-bench-{run}");
        try
        {
            var compiledAtStart = JitInfo.GetCompiledMethodCount();
            await using var server = await BenchServer.StartAsync(dataDirectory, broker);
            var bus = server.Services.GetRequiredService<IBus>();
            var clock = Stopwatch.StartNew();
            var warmingUp = PublishInMemory(bus, warmUpProfiles);
            await WaitUntilIndexed(server.Services, warmUpProfiles, warmingUp);
            await warmingUp;
            var warmUpIndexed = clock.Elapsed;
            var compiledAfterWarmUp = JitInfo.GetCompiledMethodCount();

            clock.Restart();
            var publishing = broker is null ? PublishInMemory(bus, profiles) : ConfirmingPublisher.PublishAsync(broker, profiles);
            var published = TimeSpan.Zero;
            _ = publishing.ContinueWith(_ => published = clock.Elapsed, TaskScheduler.Default);
            await WaitUntilIndexed(server.Services, profiles, publishing);
            var indexed = clock.Elapsed;
            var compiledMeasured = JitInfo.GetCompiledMethodCount() - compiledAfterWarmUp;
            await publishing;
            if (published == TimeSpan.Zero) published = clock.Elapsed;

            var versions = server.Services.GetRequiredService<CandidateIndex>().IndexedVersions();
            var missing = profiles.Count(p => !versions.ContainsKey(CandidateKey.Of(p)));
            if (missing > 0) throw new InvalidOperationException($"{missing} profiles are marked indexed but not in the index.");
            await server.StopAsync(); // as the host would: background services end on their stopping token, not on dispose
            return new IngestResult(broker is null ? "in-memory" : "RabbitMQ", count, published, indexed, warmUp, warmUpIndexed,
                compiledAfterWarmUp - compiledAtStart, compiledMeasured);
        }
        finally
        {
            if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>
    /// Profiles with ids <c>bench-{run}-{n}</c>, n in seven digits so the ids sort in publishing order (up to ten million;
    /// <see cref="WaitUntilIndexed"/> relies on it), homes spread over East Jutland.
    /// </summary>
    internal static List<CandidateProfile> BenchProfiles(string run, int count, int first = 0) => Enumerable.Range(first, count)
        .Select(i => Profiles.Struktør($"bench-{run}-{i:D7}", Homes[i % Homes.Length]) with { Headline = $"Struktør nummer {i} med betonarbejde" })
        .ToList();

    /// <summary>Letters only: eight digits in a row would read as a phone number, and the indexer would rightly refuse the id.</summary>
    internal static string NewRunId() => string.Concat(Enumerable.Range(0, 8).Select(_ => (char)('a' + Random.Shared.Next(26))));

    private static async Task PublishInMemory(IBus bus, List<CandidateProfile> profiles)
    {
        foreach (var chunk in profiles.Chunk(1000)) await bus.PublishBatch(chunk);
    }

    /// <summary>
    /// Polls the store for <paramref name="profiles"/> marked indexed (which the writer does after the index refresh), a
    /// chunk at a time in publishing order, as a range of the primary key (bench ids sort in publishing order): a count
    /// over the whole table read every stored profile at each poll, and a list of 500 ids as parameters cost a sixth of
    /// the CPU (profiled), both taken from the indexer being measured.
    /// </summary>
    internal static async Task WaitUntilIndexed(IServiceProvider services, IReadOnlyList<CandidateProfile> profiles, Task publishing)
    {
        const int Chunk = 500;
        var (indexed, progressAt) = (0, DateTime.UtcNow);
        while (indexed < profiles.Count)
        {
            var chunk = profiles.Skip(indexed).Take(Chunk).Select(p => p.CandidateId).Order(StringComparer.Ordinal).ToList();
            var (first, last) = (chunk[0], chunk[^1]);
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
                var done = await db.Candidates.CountAsync(c =>
                    c.CandidateId.CompareTo(first) >= 0 && c.CandidateId.CompareTo(last) <= 0 && c.IndexedAt != null);
                if (done >= chunk.Count)
                {
                    (indexed, progressAt) = (indexed + chunk.Count, DateTime.UtcNow);
                    continue;
                }
            }
            if (publishing.IsFaulted) await publishing;
            // A rejected profile never arrives: fail instead of waiting for it (the indexer logs why, as R-FAULT).
            if (DateTime.UtcNow - progressAt > TimeSpan.FromSeconds(60))
                throw new TimeoutException($"Indexing stalled at {indexed} of {profiles.Count} profiles for 60 s.");
            await Task.Delay(50);
        }
    }
}
