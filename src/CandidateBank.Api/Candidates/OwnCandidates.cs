using System.Security.Claims;
using CandidateBank.Api.Auth;
using CandidateBank.Matching.Geography;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.Candidates;

/// <summary>
/// Which job centre's id a caller names. A job centre key names its own candidates only, whatever it asks for: another
/// job centre's candidate with the same id is simply not there. An admin names any job centre's, and must say which
/// (<c>?jobCentre=</c>) when two job centres use the id.
/// </summary>
public static class OwnCandidates
{
    /// <summary>The job centre whose ids the caller reads, or null for an admin who named none.</summary>
    public static string? JobCentreOf(ClaimsPrincipal user, string? jobCentre = null) =>
        user.IsAdmin() ? (string.IsNullOrWhiteSpace(jobCentre) ? null : Municipalities.Denmark.Canonical(jobCentre.Trim()))
            : Municipalities.Denmark.Canonical(user.JobCentre() ?? "");

    /// <summary>The stored candidate the caller names, or the problem to answer with.</summary>
    public static async Task<(CandidateRecord? Record, ProblemHttpResult? Problem)> FindAsync(CandidateBankDb db, ClaimsPrincipal user,
        string candidateId, string? jobCentre, CancellationToken cancellationToken)
    {
        var own = JobCentreOf(user, jobCentre);
        var found = await db.Candidates.AsNoTracking().Where(c => c.CandidateId == candidateId && (own == null || c.JobCentre == own))
            .Take(2).ToListAsync(cancellationToken);
        return found switch
        {
            [var record] => (record, null),
            [] => (null, NotFound(candidateId)),
            _ => (null, SharedId(candidateId, found.Select(c => c.JobCentre))),
        };
    }

    /// <summary>An admin named an id two job centres use, without saying whose.</summary>
    public static ProblemHttpResult SharedId(string candidateId, IEnumerable<string> jobCentres) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Name the job centre",
            detail: $"Job centres {string.Join(" and ", jobCentres.Select(j => $"'{j}'"))} both use candidate id '{candidateId}': add ?jobCentre= to say whose.");

    public static ProblemHttpResult NotFound(string candidateId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Candidate not found",
            detail: $"No indexed candidate '{candidateId}' belongs to your job centre.");
}
