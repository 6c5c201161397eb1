using CandidateBank.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Store;

/// <summary>The stored form of a candidate: the profile as published, plus what the indexer knows about it.</summary>
public sealed class CandidateRecord
{
    public required string CandidateId { get; set; }
    public required string JobCentre { get; set; }
    public required int Version { get; set; }
    public required string ProfileJson { get; set; }
    public required DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset? IndexedAt { get; set; }

    public CandidateKey Key() => new(JobCentre, CandidateId);
}

public static class CandidateQueries
{
    /// <summary>One candidate by key; null when the job centre has no candidate with that id.</summary>
    public static Task<CandidateRecord?> FindAsync(this IQueryable<CandidateRecord> candidates, CandidateKey key, CancellationToken cancellationToken) =>
        candidates.FirstOrDefaultAsync(c => c.JobCentre == key.JobCentre && c.CandidateId == key.CandidateId, cancellationToken);

    /// <summary>
    /// The stored candidates among <paramref name="keys"/>, by key. SQL selects on ids and job centres (a superset
    /// only when two job centres share an id); the pairs are matched here.
    /// </summary>
    public static async Task<Dictionary<CandidateKey, CandidateRecord>> ByKeysAsync(this IQueryable<CandidateRecord> candidates,
        IEnumerable<CandidateKey> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.ToHashSet();
        var ids = wanted.Select(k => k.CandidateId).Distinct().ToList();
        var jobCentres = wanted.Select(k => k.JobCentre).Distinct().ToList();
        var rows = await candidates.Where(c => ids.Contains(c.CandidateId) && jobCentres.Contains(c.JobCentre)).ToListAsync(cancellationToken);
        return rows.Where(c => wanted.Contains(c.Key())).ToDictionary(c => c.Key());
    }
}
