using CandidateBank.Matching.Index;
using CandidateBank.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Indexing;

/// <summary><c>CandidateBank:Privacy</c>: how soon an erased profile must be gone from every file under the data directory.</summary>
public sealed class PrivacyOptions
{
    public double PurgeWithinSeconds { get; set; } = 300;
}

/// <summary>
/// Erased means erased on disk: within <see cref="PrivacyOptions.PurgeWithinSeconds"/> of an erasure, the store's
/// write-ahead log is checkpointed and truncated (<see cref="SecureDelete"/>), the index segments holding the deleted
/// document are rewritten (<see cref="CandidateIndex.ExpungeDeleted"/>), and the emails written as files that named the
/// candidate (<c>outbox/*.eml</c> of the orders it was sent on) are deleted. Erasures in the same window share one purge.
/// </summary>
public sealed class ErasurePurge(IServiceScopeFactory scopes, CandidateIndex index, PrivacyOptions options, string outboxDirectory,
    ILogger<ErasurePurge> logger) : BackgroundService
{
    private readonly SemaphoreSlim _requested = new(0);
    private readonly HashSet<string> _ordersToForget = new(StringComparer.Ordinal);

    /// <summary>An erasure happened; <paramref name="sentOnOrders"/> are the orders whose emails named the candidate.</summary>
    public void Request(IEnumerable<string> sentOnOrders)
    {
        lock (_ordersToForget) _ordersToForget.UnionWith(sentOnOrders);
        _requested.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await _requested.WaitAsync(stoppingToken);
                // Half the window to gather the erasures that follow, half to do the work.
                await Task.Delay(TimeSpan.FromSeconds(options.PurgeWithinSeconds / 2), stoppingToken);
                while (_requested.CurrentCount > 0) await _requested.WaitAsync(stoppingToken);
                try { await PurgeAsync(stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Purging erased profiles from disk failed; the next erasure tries again");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { } // stopping
    }

    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        string[] orders;
        lock (_ordersToForget)
        {
            orders = [.. _ordersToForget];
            _ordersToForget.Clear();
        }
        await using (var scope = scopes.CreateAsyncScope())
            await SecureDelete.PurgeAsync(scope.ServiceProvider.GetRequiredService<CandidateBankDb>(), cancellationToken);
        index.ExpungeDeleted();
        var files = Directory.Exists(outboxDirectory)
            ? orders.SelectMany(order => Directory.GetFiles(outboxDirectory, $"*{order}*.eml")).Distinct().ToList()
            : [];
        foreach (var file in files) File.Delete(file);
        logger.LogInformation("Erased profiles purged from disk: store log truncated, index segments rewritten, {Files} email files deleted", files.Count);
    }
}
