using CandidateBank.Indexing;
using CandidateBank.Matching.Index;
using CandidateBank.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Bus.Replicas;

/// <summary>
/// A replica's first start leaves a gap: the index is repaired from the store before the bus runs, and the replica's
/// own queues exist only once it does, so a profile published in between reaches the other replicas (which store it)
/// but never this one's queue. Once the queues exist and the others have had time to store what was in flight, the
/// index is compared with the store once more. Restarts have no gap: the replica's queues kept what arrived meanwhile.
/// </summary>
public sealed class ReplicaCatchUp(ReplicaOptions replica, IServiceScopeFactory scopes, CandidateIndex index, IHostApplicationLifetime lifetime,
    ILogger<ReplicaCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!replica.IsReplica) return;
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
        // Four passes, each after twice the wait of the one before: a profile in flight during the gap may be stored by a
        // busy replica only seconds later, and one pass too early would leave it missing here for good.
        var wait = replica.CatchUpAfter;
        for (var pass = 0; pass < 4; pass++, wait *= 2)
        {
            await Task.Delay(wait, stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            var (reindexed, _) = await IndexRepair.RepairAsync(scope.ServiceProvider.GetRequiredService<CandidateBankDb>(), index, stoppingToken, removeOrphans: false);
            if (reindexed > 0) logger.LogWarning("Replica {Replica} caught up from the store after start: {Count} profiles published while its queues were being created", replica.Id, reindexed);
        }
    }
}
