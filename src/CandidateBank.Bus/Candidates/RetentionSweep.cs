using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Indexing;
using CandidateBank.Matching.Index;
using CandidateBank.Store;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Bus.Candidates;

/// <summary><c>CandidateBank:Retention</c>: how long a profile stays without being re-published, and how often that is checked.</summary>
public sealed class RetentionOptions
{
    public int Days { get; set; } = 90;
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Erases profiles their job centre has not re-published within the retention period, and tells the job centre
/// (a <see cref="CandidateProfileExpired"/> event on the bus and a line in the candidate's access log).
/// </summary>
public sealed class RetentionSweep(IServiceScopeFactory scopes, CandidateIndex index, ErasurePurge purge, OutboxSignal outbox, IBus bus,
    RetentionOptions options, WorkLeadership leadership, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<RetentionSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before the bus runs: the job centre must hear of every erasure.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.CheckEvery);
        do
        {
            // The leader erases; every replica's index follows the CandidateProfileExpired it publishes.
            try { if (leadership.IsLeader) await SweepAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogError(e, "Retention sweep failed; retrying at the next check"); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-options.Days);
        var expired = await db.Candidates.AsNoTracking().Where(c => c.PublishedAt < cutoff).ToListAsync(cancellationToken);
        foreach (var record in expired)
        {
            await CandidateErasure.EraseAsync(db, index, purge, record, "retention",
                $"Ikke genudgivet i {options.Days} dage (sidst {record.PublishedAt:yyyy-MM-dd}); slettet efter opbevaringsreglen", now, cancellationToken);
            await bus.Publish(new CandidateProfileExpired
            {
                CandidateId = record.CandidateId, JobCentre = record.JobCentre, LastPublishedAt = record.PublishedAt, ExpiredAt = now, RetentionDays = options.Days,
            }, cancellationToken);
        }
        if (expired.Count > 0) outbox.RequestRevision();
        if (expired.Count > 0) logger.LogInformation("Retention: erased {Count} profiles not re-published in {Days} days", expired.Count, options.Days);
        return expired.Count;
    }
}
