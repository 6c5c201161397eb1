using System.Text.Json;
using System.Security.Claims;
using CandidateBank.Api.AccessLog;
using CandidateBank.Api.Auth;
using CandidateBank.Contracts;
using CandidateBank.Matching.Validation;
using CandidateBank.Store;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.JobOrders;

/// <summary>Consultants submit an employer's job order and read the shortlist the indexer answers it with.</summary>
public static class JobOrderEndpoints
{
    public static RouteGroupBuilder MapJobOrderEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/job-orders").WithTags("Job orders").RequireAuthorization(Roles.ConsultantPolicy);
        group.MapPost("/", SubmitJobOrder).WithName(nameof(SubmitJobOrder));
        group.MapGet("/{id}", GetJobOrder).WithName(nameof(GetJobOrder));
        group.MapGet("/{id}/shortlist", GetShortlist).WithName(nameof(GetShortlist));
        group.MapGet("/{id}/gaps", GetGaps).WithName(nameof(GetGaps));
        return group;
    }

    public static async Task<Results<Accepted<JobOrderAccepted>, ValidationProblem>> SubmitJobOrder(
        JobOrder order, MessageValidator validator, CandidateBankDb db, IPublishEndpoint bus, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = validator.Validate(order with { JobOrderId = null });
        if (order.TenderId is { } tenderId && validation.IsValid)
        {
            var awardCvr = await db.Tenders.AsNoTracking().Where(t => t.TenderId == tenderId).Select(t => t.Cvr).FirstOrDefaultAsync(cancellationToken);
            validation.Require(awardCvr is not null, "tenderId", $"no tender '{tenderId}' has been recorded.");
            validation.Require(awardCvr is null || awardCvr == order.Company.Cvr, "company.cvr",
                $"'{order.Company.Cvr}' did not win tender '{tenderId}' (CVR {awardCvr}).");
        }
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var id = Guid.CreateVersion7().ToString("N");
        await bus.Publish(order with { JobOrderId = id, ReceivedAt = clock.GetUtcNow() }, cancellationToken);
        return TypedResults.Accepted($"/api/v1/job-orders/{id}", new JobOrderAccepted(id));
    }

    public static async Task<Results<Ok<JobOrderView>, ProblemHttpResult>> GetJobOrder(string id, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var record = await db.JobOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return record is null ? JobOrderNotFound(id) : TypedResults.Ok(JobOrderView.From(record));
    }

    public static async Task<Results<Ok<Shortlist>, ProblemHttpResult>> GetShortlist(string id, ClaimsPrincipal user, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var (shortlist, problem) = await ReadShortlist(id, db, cancellationToken);
        if (shortlist is null) return problem!;
        await db.RecordShortlistShownAsync(user, shortlist, $"Shortlist til jobordre {id}", cancellationToken);
        return TypedResults.Ok(shortlist);
    }

    public static async Task<Results<Ok<GapReport>, ProblemHttpResult>> GetGaps(string id, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var (shortlist, problem) = await ReadShortlist(id, db, cancellationToken);
        return shortlist is null ? problem! : TypedResults.Ok(GapReport.From(shortlist));
    }

    private static async Task<(Shortlist? Shortlist, ProblemHttpResult? Problem)> ReadShortlist(string id, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var record = await db.JobOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (record is null) return (null, JobOrderNotFound(id));
        if (record.ShortlistJson is null)
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Shortlist not ready",
                detail: $"Job order '{id}' is '{record.Status}'; its shortlist is ready once the status is 'shortlisted'."));
        return (JsonSerializer.Deserialize<Shortlist>(record.ShortlistJson, ContractJson.Options)!, null);
    }

    private static ProblemHttpResult JobOrderNotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Job order not found",
            detail: $"No job order '{id}' has been received. A just-submitted order appears within a moment.");
}
