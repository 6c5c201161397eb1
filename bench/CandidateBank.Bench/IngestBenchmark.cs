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

    /// <summary>One fresh server (fresh data directory) on the in-memory bus, or on RabbitMQ when a broker is given.</summary>
    public static async Task<IngestResult> RunAsync(int count, string? broker)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var profiles = Enumerable.Range(0, count)
            .Select(i => Profiles.Struktør($"bench-{run}-{i:D6}", Homes[i % Homes.Length]) with { Headline = $"Struktør nummer {i} med betonarbejde" })
            .ToList();
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
            return new IngestResult(broker is null ? "in-memory" : "RabbitMQ", count, published, indexed);
        }
        finally
        {
            if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task PublishInMemory(IBus bus, List<CandidateProfile> profiles)
    {
        foreach (var chunk in profiles.Chunk(1000)) await bus.PublishBatch(chunk);
    }

    /// <summary>Polls the store for this run's profiles marked indexed (which the writer does after the index refresh).</summary>
    private static async Task WaitUntilIndexed(IServiceProvider services, string prefix, int count, Task publishing)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
                if (await db.Candidates.CountAsync(c => c.IndexedAt != null && c.CandidateId.StartsWith(prefix)) >= count) return;
            }
            if (publishing.IsFaulted) await publishing;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not all {count} profiles were indexed within 10 minutes.");
            await Task.Delay(20);
        }
    }
}
