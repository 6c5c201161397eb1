using System.Security.Claims;
using CandidateBank.Api.Auth;
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
        var group = routes.MapGroup("/api/v1/candidates").WithTags("Candidates").RequireAuthorization(Roles.JobCentrePolicy);
        group.MapGet("/{candidateId}/access-log", GetAccessLog).WithName(nameof(GetAccessLog))
            .WithSummary("Read every disclosure of a candidate's profile: who, when, why").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<List<AccessLogView>>, ProblemHttpResult>> GetAccessLog(
        string candidateId, ClaimsPrincipal user, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var entries = await db.AccessLog.AsNoTracking().Where(e => e.CandidateId == candidateId).ToListAsync(cancellationToken);
        var owner = entries.FirstOrDefault()?.JobCentre
            ?? await db.Candidates.AsNoTracking().Where(c => c.CandidateId == candidateId).Select(c => c.JobCentre).FirstOrDefaultAsync(cancellationToken);
        if (owner is null || !user.ActsFor(owner))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Candidate not found",
                detail: $"Neither a candidate '{candidateId}' nor access log entries for one belong to your job centre.");
        return TypedResults.Ok(entries.OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new AccessLogView(e.At, e.Actor, e.Action, e.JobOrderId, e.Purpose)).ToList());
    }
}
