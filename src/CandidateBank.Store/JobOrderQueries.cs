using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Store;

public static class JobOrderQueries
{
    /// <summary>
    /// The orders whose stored shortlist names <paramref name="candidateId"/> (as a candidate or a near-miss): a text
    /// match on the stored JSON, exact because ids hold only ASCII letters, digits, '.', '_' and '-' ('_' may match one
    /// more character, never fewer orders).
    /// </summary>
    public static IQueryable<JobOrderRecord> HoldingCandidate(this IQueryable<JobOrderRecord> orders, string candidateId)
    {
        var pattern = $"%\"candidateId\":\"{candidateId}\"%";
        return orders.Where(o => o.ShortlistJson != null && EF.Functions.Like(o.ShortlistJson, pattern));
    }
}
