using System.Text.Json;
using System.Security.Claims;
using CandidateBank.Api.AccessLog;
using CandidateBank.Api.Auth;
using CandidateBank.Api.Bus;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Validation;
using CandidateBank.Store;
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
        group.MapDelete("/{id}", CancelJobOrder).WithName(nameof(CancelJobOrder));
        return group;
    }

    public static async Task<Results<Accepted<JobOrderAccepted>, ValidationProblem, ProblemHttpResult>> SubmitJobOrder(
        JobOrder order, ClaimsPrincipal user, MessageValidator validator, CandidateBankDb db, ConfirmedPublisher bus, TimeProvider clock, CancellationToken cancellationToken)
    {
        // A consultant's order belongs to the consultant's job centre, whatever the body says; an admin may name one.
        order = order with { JobCentre = user.IsAdmin() ? order.JobCentre : user.JobCentre() };
        var validation = validator.Validate(order with { JobOrderId = null });
        if (order.TenderId is { } tenderId && validation.IsValid)
        {
            var awardCvr = await db.Tenders.AsNoTracking().Where(t => t.TenderId == tenderId).Select(t => t.Cvr).FirstOrDefaultAsync(cancellationToken);
            validation.Require(awardCvr is not null, "tenderId", $"no tender '{tenderId}' has been recorded.");
            validation.Require(awardCvr is null || awardCvr == order.Company.Cvr, "company.cvr",
                $"'{order.Company.Cvr}' did not win tender '{tenderId}' (CVR {awardCvr}).");
        }
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);
        order = validator.Canonical.Of(order);

        var id = Guid.CreateVersion7().ToString("N");
        if (await bus.Publish(order with { JobOrderId = id, ReceivedAt = clock.GetUtcNow() }, cancellationToken) is { } unavailable) return unavailable;
        return TypedResults.Accepted($"/api/v1/job-orders/{id}", new JobOrderAccepted(id));
    }

    public static async Task<Results<Ok<JobOrderView>, ProblemHttpResult>> GetJobOrder(
        string id, ClaimsPrincipal user, CandidateBankDb db, OrderVisibility visibility, RecruitmentNetworks networks, CancellationToken cancellationToken)
    {
        var record = await db.JobOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        var view = record is null ? null : JobOrderView.From(record);
        if (view is null || !user.MayReadOrderOf(view.Order.JobCentre, networks, visibility.NetworkWide)) return JobOrderProblems.NotFound(id);
        var tracking = await db.Tracking.AsNoTracking().FirstOrDefaultAsync(t => t.JobOrderId == id, cancellationToken);
        var email = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(e => e.Id == Outbox.EmailId(EmailKind.Shortlist, id), cancellationToken);
        return TypedResults.Ok(JobOrderView.From(record!, tracking, email));
    }

    /// <summary>
    /// The employer no longer needs the order: it is closed, the promise watcher stops counting it, a shortlist email not
    /// yet delivered is withdrawn, and a later send is a 409. Cancelling a closed order again changes nothing.
    /// </summary>
    public static async Task<Results<Ok<JobOrderView>, ProblemHttpResult>> CancelJobOrder(
        string id, ClaimsPrincipal user, CandidateBankDb db, OrderVisibility visibility, RecruitmentNetworks networks, CancellationToken cancellationToken)
    {
        var record = await db.JobOrders.FindAsync([id], cancellationToken);
        if (record is null || !user.MayReadOrderOf(JobOrderView.From(record).Order.JobCentre, networks, visibility.NetworkWide)) return JobOrderProblems.NotFound(id);
        record.Status = JobOrderStatus.Closed;
        var waiting = await db.Outbox.Where(e => e.JobOrderId == id && e.Kind == EmailKind.Shortlist && e.Status == OutgoingEmailStatus.Pending).ToListAsync(cancellationToken);
        db.Outbox.RemoveRange(waiting);
        await db.SaveChangesAsync(cancellationToken);
        var tracking = await db.Tracking.AsNoTracking().FirstOrDefaultAsync(t => t.JobOrderId == id, cancellationToken);
        return TypedResults.Ok(JobOrderView.From(record, tracking, null));
    }

    public static async Task<Results<Ok<Shortlist>, ProblemHttpResult>> GetShortlist(
        string id, ClaimsPrincipal user, CandidateBankDb db, OrderVisibility visibility, RecruitmentNetworks networks, CancellationToken cancellationToken)
    {
        var (shortlist, problem) = await ReadShortlist(id, user, db, visibility, networks, cancellationToken);
        if (shortlist is null) return problem!;
        await db.RecordShortlistShownAsync(user, shortlist, $"Shortlist til jobordre {id}", cancellationToken);
        return TypedResults.Ok(shortlist);
    }

    public static async Task<Results<Ok<GapReport>, ProblemHttpResult>> GetGaps(
        string id, ClaimsPrincipal user, CandidateBankDb db, OrderVisibility visibility, RecruitmentNetworks networks, CancellationToken cancellationToken)
    {
        var (shortlist, problem) = await ReadShortlist(id, user, db, visibility, networks, cancellationToken);
        return shortlist is null ? problem! : TypedResults.Ok(GapReport.From(shortlist));
    }

    private static async Task<(Shortlist? Shortlist, ProblemHttpResult? Problem)> ReadShortlist(
        string id, ClaimsPrincipal user, CandidateBankDb db, OrderVisibility visibility, RecruitmentNetworks networks, CancellationToken cancellationToken)
    {
        var record = await db.JobOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        // Another job centre's order looks exactly like a missing one.
        if (record is null || !user.MayReadOrderOf(JobOrderView.From(record).Order.JobCentre, networks, visibility.NetworkWide)) return (null, JobOrderProblems.NotFound(id));
        if (record.ShortlistJson is null) return (null, JobOrderProblems.ShortlistNotReady(id, record.Status));
        return (JsonSerializer.Deserialize<Shortlist>(record.ShortlistJson, ContractJson.Options)!, null);
    }
}
