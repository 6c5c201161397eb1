using System.Security.Claims;
using System.Text.Json;
using CandidateBank.Api.Auth;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
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
        group.MapGet("/", JobOrderListing.ListJobOrders).WithName(nameof(JobOrderListing.ListJobOrders));
        group.MapGet("/{id}", GetJobOrder).WithName(nameof(GetJobOrder));
        group.MapGet("/{id}/shortlist", GetShortlist).WithName(nameof(GetShortlist));
        group.MapGet("/{id}/gaps", GetGaps).WithName(nameof(GetGaps));
        return group;
    }

    public static async Task<Results<Accepted<JobOrderAccepted>, ValidationProblem>> SubmitJobOrder(
        JobOrder order, ClaimsPrincipal user, MessageValidator validator, CandidateBankDb db, IPublishEndpoint bus, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var validation = validator.Validate(order with { JobOrderId = null });
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var id = Guid.CreateVersion7().ToString("N");
        // The order belongs to the consultant's job centre (for listings and metrics); stored before publishing, so
        // the indexer finds it. A row without an order, when the publish fails, is never listed.
        db.Tracking.Add(new JobOrderTracking { JobOrderId = id, JobCentre = user.JobCentre() });
        await db.SaveChangesAsync(cancellationToken);
        await bus.Publish(order with { JobOrderId = id, ReceivedAt = clock.GetUtcNow() }, cancellationToken);
        return TypedResults.Accepted($"/api/v1/job-orders/{id}", new JobOrderAccepted(id));
    }

    public static async Task<Results<Ok<JobOrderView>, ProblemHttpResult>> GetJobOrder(string id, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var record = await db.JobOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (record is null) return JobOrderProblems.NotFound(id);
        var tracking = await db.Tracking.AsNoTracking().FirstOrDefaultAsync(t => t.JobOrderId == id, cancellationToken);
        var email = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(e => e.Id == Outbox.EmailId(EmailKind.Shortlist, id), cancellationToken);
        return TypedResults.Ok(JobOrderView.From(record, tracking, email));
    }

    public static async Task<Results<Ok<Shortlist>, ProblemHttpResult>> GetShortlist(string id, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var (shortlist, problem) = await ReadShortlist(id, db, cancellationToken);
        return shortlist is null ? problem! : TypedResults.Ok(shortlist);
    }

    public static async Task<Results<Ok<GapReport>, ProblemHttpResult>> GetGaps(string id, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var (shortlist, problem) = await ReadShortlist(id, db, cancellationToken);
        return shortlist is null ? problem! : TypedResults.Ok(GapReport.From(shortlist));
    }

    private static async Task<(Shortlist? Shortlist, ProblemHttpResult? Problem)> ReadShortlist(string id, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var record = await db.JobOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (record is null) return (null, JobOrderProblems.NotFound(id));
        if (record.ShortlistJson is null) return (null, JobOrderProblems.ShortlistNotReady(id, record.Status));
        return (JsonSerializer.Deserialize<Shortlist>(record.ShortlistJson, ContractJson.Options)!, null);
    }
}
