using System.Security.Claims;
using CandidateBank.Api.Auth;
using CandidateBank.Api.Candidates;
using CandidateBank.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.AccessLog;

public sealed record AccessLogView(DateTimeOffset At, string Actor, string Action, string? JobOrderId, string Purpose);

/// <summary>The owning job centre reads who has seen a candidate: the answer to a citizen's access request.</summary>
public static class AccessLogEndpoints
{
    public static RouteGroupBuilder MapAccessLogEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/candidates").WithTags("Candidates").RequireAuthorization(Roles.JobCentrePolicy)
            .RefuseMalformedCandidateIds();
        group.MapGet("/{candidateId}/access-log", GetAccessLog).WithName(nameof(GetAccessLog))
            .WithSummary("Read every disclosure of a candidate's profile: who, when, why").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>
    /// A job centre reads only the entries written while the candidate was its own, filtered in SQL: an id another job
    /// centre used before (erased since) or uses too never shows the other's entries, nor whether they exist.
    /// </summary>
    public static async Task<Results<Ok<List<AccessLogView>>, ProblemHttpResult>> GetAccessLog(
        string candidateId, ClaimsPrincipal user, CandidateBankDb db, CancellationToken cancellationToken, string? jobCentre = null)
    {
        var own = OwnCandidates.JobCentreOf(user, jobCentre);
        var entries = await db.AccessLog.AsNoTracking().Where(e => e.CandidateId == candidateId && (own == null || e.JobCentre == own)).ToListAsync(cancellationToken);
        if (entries.Count == 0 && !await db.Candidates.AsNoTracking().AnyAsync(c => c.CandidateId == candidateId && (own == null || c.JobCentre == own), cancellationToken))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Candidate not found",
                detail: $"Neither a candidate '{candidateId}' nor access log entries for one belong to your job centre.");
        if (entries.Select(e => e.JobCentre).Distinct().ToList() is { Count: > 1 } owners) return OwnCandidates.SharedId(candidateId, owners);
        return TypedResults.Ok(entries.OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new AccessLogView(e.At, e.Actor, e.Action, e.JobOrderId, e.Purpose)).ToList());
    }
}
