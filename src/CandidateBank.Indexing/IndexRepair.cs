using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Indexing;

/// <summary>
/// Brings the index back in line with the store (migrated by then) before the bus takes messages: a crash can leave index
/// writes uncommitted, or committed for a profile whose store write was rolled back.
/// </summary>
public sealed class IndexRepair(IServiceScopeFactory scopes, CandidateIndex index, ILogger<IndexRepair> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        var result = await RepairAsync(db, index, cancellationToken);
        if (result.Reindexed + result.Removed > 0)
            logger.LogWarning("Index repaired from store: {Reindexed} reindexed, {Removed} removed", result.Reindexed, result.Removed);
        else
            logger.LogInformation("Index agrees with store: {Count} candidates", index.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private const int CompactAfter = 10_000;

    /// <param name="removeOrphans">
    /// Whether to delete what the index holds and the store does not: only before the bus runs, since a consumer indexes
    /// a profile inside the transaction that stores it, a moment before the row is visible.
    /// </param>
    public static async Task<(int Reindexed, int Removed)> RepairAsync(CandidateBankDb db, CandidateIndex index, CancellationToken cancellationToken,
        bool removeOrphans = true)
    {
        if (!index.IsCurrentFormat)
        {
            index.DeleteAll(); // written by an older version: rebuild every document
            index.Refresh();
        }
        var indexed = index.IndexedVersions();
        var stored = await db.Candidates.AsNoTracking().Select(c => new { c.JobCentre, c.CandidateId, c.Version }).ToListAsync(cancellationToken);
        var storedKeys = stored.Select(s => new CandidateKey(s.JobCentre, s.CandidateId)).ToHashSet();

        var stale = stored.Where(s => !indexed.TryGetValue(new CandidateKey(s.JobCentre, s.CandidateId), out var v) || v != s.Version)
            .Select(s => new CandidateKey(s.JobCentre, s.CandidateId)).ToList();
        foreach (var chunk in stale.Chunk(500))
        {
            var records = await db.Candidates.AsNoTracking().ByKeysAsync(chunk, cancellationToken);
            index.UpsertMany(records.Values.Select(r => JsonSerializer.Deserialize<CandidateProfile>(r.ProfileJson, ContractJson.Options)!).ToList());
        }
        var orphans = removeOrphans ? indexed.Keys.Where(key => !storedKeys.Contains(key)).ToList() : [];
        foreach (var key in orphans) index.Delete(key);

        index.Commit();
        // A rebuild after a format change, or a large repair, leaves many small segments.
        if (stale.Count >= CompactAfter) index.Compact();
        else index.Refresh();
        // Everything stored is now searchable, including profiles whose indexer stopped before marking them so.
        var now = DateTimeOffset.UtcNow;
        await db.Candidates.Where(c => c.IndexedAt == null).ExecuteUpdateAsync(set => set.SetProperty(c => c.IndexedAt, now), cancellationToken);
        return (stale.Count, orphans.Count);
    }
}
