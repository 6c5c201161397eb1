using System.Diagnostics;
using CandidateBank.Bench.Search;
using CandidateBank.Store;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Bench;

/// <summary>
/// How soon a pushed profile can be found: one profile at a time, from the publish until the store marks it indexed,
/// which the writer does in the same transaction as the index refresh that makes it searchable.
/// </summary>
public static class FreshnessBenchmark
{
    public static async Task<LatencySummary> RunAsync(int samples, string? broker)
    {
        var run = IngestBenchmark.NewRunId();
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"candidatebank-freshness-{run}");
        try
        {
            await using var server = await BenchServer.StartAsync(dataDirectory, broker);
            var bus = server.Services.GetRequiredService<IBus>();
            await using var publisher = broker is null ? null : await ConfirmingPublisher.ConnectAsync(broker);
            var latencies = new List<TimeSpan>(samples);
            foreach (var profile in IngestBenchmark.BenchProfiles(run, samples))
            {
                var clock = Stopwatch.StartNew();
                if (publisher is null) await bus.Publish(profile);
                else await publisher.PublishAsync([profile]);
                while (!await IsIndexed(server.Services, profile.CandidateId))
                {
                    if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"{profile.CandidateId} was not searchable after 60 s.");
                    await Task.Delay(1);
                }
                latencies.Add(clock.Elapsed);
            }
            await server.StopAsync();
            return LatencySummary.From(latencies);
        }
        finally
        {
            if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task<bool> IsIndexed(IServiceProvider services, string candidateId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        return await db.Candidates.AnyAsync(c => c.CandidateId == candidateId && c.IndexedAt != null);
    }
}
