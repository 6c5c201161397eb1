using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Indexing;

public static class IndexRebuild
{
    private const int ChunkSize = 5000;

    /// <summary>Replaces the whole index with the store's candidates, in key order and chunks, reporting progress.</summary>
    public static async Task<int> RebuildAsync(CandidateBankDb db, CandidateIndex index, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        index.DeleteAll();
        var count = 0;
        CandidateKey? after = null;
        while (true)
        {
            var (afterJobCentre, afterId) = (after?.JobCentre, after?.CandidateId);
            var chunk = await db.Candidates.AsNoTracking()
                .Where(c => afterJobCentre == null || string.Compare(c.JobCentre, afterJobCentre) > 0
                    || (c.JobCentre == afterJobCentre && string.Compare(c.CandidateId, afterId) > 0))
                .OrderBy(c => c.JobCentre).ThenBy(c => c.CandidateId)
                .Take(ChunkSize)
                .Select(c => new { c.JobCentre, c.CandidateId, c.ProfileJson })
                .ToListAsync(cancellationToken);
            if (chunk.Count == 0) break;
            // Reading the next chunk from SQLite is one thread's work; parsing and indexing this one use every core.
            index.UpsertMany(chunk.AsParallel().Select(r => JsonSerializer.Deserialize<CandidateProfile>(r.ProfileJson, ContractJson.Options)!).ToList());
            count += chunk.Count;
            after = new CandidateKey(chunk[^1].JobCentre, chunk[^1].CandidateId);
            progress?.Invoke(count);
        }
        index.Commit();
        // A rebuild leaves many segments; queries pay per segment.
        index.Compact();
        return count;
    }
}
