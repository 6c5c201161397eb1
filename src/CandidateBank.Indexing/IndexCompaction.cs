using System.Diagnostics;
using CandidateBank.Matching.Index;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Indexing;

/// <summary>Configuration section <c>CandidateBank:Index</c>.</summary>
public sealed class IndexOptions
{
    /// <summary>How often the index is merged back into one segment when writes have split it.</summary>
    public TimeSpan CompactEvery { get; set; } = TimeSpan.FromHours(6);
}

/// <summary>
/// Every write adds a segment, and Lucene's merge policy keeps about ten per size tier; a query pays per segment for
/// each term it looks up, which made up much of a shortlist's time at 100,000 profiles in 11 segments. This merges the index
/// into one segment now and then, while searches and writes go on.
/// </summary>
public sealed class IndexCompaction(CandidateIndex index, IndexOptions options, ILogger<IndexCompaction> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CompactEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var segments = index.SegmentCount;
                if (segments <= 1) continue;
                var clock = Stopwatch.StartNew();
                // ForceMerge blocks its thread until the merge is done: not one of the thread pool's few.
                await Task.Factory.StartNew(index.Compact, stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                logger.LogInformation("Index compacted from {Segments} segments to one in {Seconds:0.0} s", segments, clock.Elapsed.TotalSeconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
