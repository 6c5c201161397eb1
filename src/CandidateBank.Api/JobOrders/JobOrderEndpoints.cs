using System.Security.Claims;
using CandidateBank.Api.AccessLog;
using CandidateBank.Api.Binding;
using CandidateBank.Api.Auth;
using CandidateBank.Api.Publishing;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Matching.Validation;
using CandidateBank.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.JobOrders;

/// <summary>Consultants submit an employer's job order and read the shortlist the indexer answers it with.</summary>
public static class JobOrderEndpoints
{
    public static RouteGroupBuilder MapJobOrderEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/job-orders").WithTags("Job orders").RequireAuthorization(Roles.ConsultantPolicy);
        group.MapPost("/", SubmitJobOrder).WithName(nameof(SubmitJobOrder))
            .WithSummary("Submit an employer's job order; it is shortlisted within moments").ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", JobOrderListing.ListJobOrders).WithName(nameof(JobOrderListing.ListJobOrders))
            .WithSummary("List the job orders you may read, earliest deadline first, a page at a time");
        group.MapGet("/{id}", GetJobOrder).WithName(nameof(GetJobOrder))
            .WithSummary("Read a job order, its deadline and the delivery of its shortlist").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/shortlist", GetShortlist).WithName(nameof(GetShortlist))
            .WithSummary("Read the ranked, explained shortlist of a job order")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}/gaps", GetGaps).WithName(nameof(GetGaps))
            .WithSummary("Which missing certificates would qualify the near-misses")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id}", CancelJobOrder).WithName(nameof(CancelJobOrder))
            .WithSummary("Cancel a job order: it is closed and its unsent email withdrawn").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/shortlist/send", ShortlistSending.SendShortlist).WithName(nameof(ShortlistSending.SendShortlist))
            .WithSummary("Approve the shortlist and email it to the company, once")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/outcomes", OutcomeRecording.RecordOutcome).WithName(nameof(OutcomeRecording.RecordOutcome))
            .WithSummary("Record what became of a sent candidate: contacted, interview, hired, not-hired or declined")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}/outcomes", OutcomeRecording.GetOutcomes).WithName(nameof(OutcomeRecording.GetOutcomes))
            .WithSummary("Where each candidate the order sent stands, with every recorded step").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Accepted<JobOrderAccepted>, ValidationProblem, ProblemHttpResult>> SubmitJobOrder(
        JobOrder order, [FromHeader(Name = AcceptLanguage.Header)] string? acceptLanguage, ClaimsPrincipal user, MessageValidator validator, CandidateBankDb db,
        ConfirmedPublisher bus, TimeProvider clock, CancellationToken cancellationToken)
    {
        // A consultant's order belongs to the consultant's job centre, whatever the body says; an admin may name one.
        order = order with { JobCentre = user.IsAdmin() ? order.JobCentre : user.JobCentre() };
        var validation = validator.Validate(order with { JobOrderId = null });
        if (order.TenderId is { } tenderId && validation.IsValid)
        {
            var awardCvr = await db.Tenders.AsNoTracking().Where(t => t.TenderId == tenderId).Select(t => t.Cvr).FirstOrDefaultAsync(cancellationToken);
            validation.Require(awardCvr is not null, "tenderId", $"no tender '{tenderId}' has been recorded.", $"udbuddet '{tenderId}' er ikke registreret.");
            validation.Require(awardCvr is null || awardCvr == order.Company.Cvr, "company.cvr",
                $"'{order.Company.Cvr}' did not win tender '{tenderId}' (CVR {awardCvr}).", $"'{order.Company.Cvr}' vandt ikke udbuddet '{tenderId}' (det gjorde CVR {awardCvr}).");
        }
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.ErrorsIn(AcceptLanguage.Preferred(acceptLanguage)));
        order = validator.Canonical.Of(order);

        var id = Guid.CreateVersion7().ToString("N");
        if (await bus.Publish(order with { JobOrderId = id, ReceivedAt = clock.GetUtcNow() }, cancellationToken) is { } unavailable) return unavailable;
        return TypedResults.Accepted($"/api/v1/job-orders/{id}", new JobOrderAccepted(id));
    }

    public static async Task<Results<Ok<JobOrderView>, ProblemHttpResult>> GetJobOrder(
        string id, ClaimsPrincipal user, CandidateBankDb db, OrderAccess access, CancellationToken cancellationToken)
    {
        var record = await access.FindAsync(db, user, id, cancellationToken);
        if (record is null) return JobOrderProblems.NotFound(id);
        return TypedResults.Ok(await ViewAsync(record, db, cancellationToken));
    }

    /// <summary>
    /// The order as GET /api/v1/job-orders/{id} shows it, for a record the caller found through <see cref="OrderAccess"/>:
    /// lets a caller that already holds the order (the web app's order page) skip a second lookup of it.
    /// </summary>
    public static async Task<JobOrderView> ViewAsync(JobOrderRecord record, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var tracking = await db.Tracking.AsNoTracking().FirstOrDefaultAsync(t => t.JobOrderId == record.Id, cancellationToken);
        return JobOrderView.From(record, tracking, await DeliveryView.SendsAsync(db, record.Id, cancellationToken));
    }

    /// <summary>
    /// The employer no longer needs the order: it is closed, the promise watcher stops counting it, a shortlist email not
    /// yet delivered is withdrawn, and a later send is a 409. Cancelling a closed order again changes nothing.
    /// </summary>
    public static async Task<Results<Ok<JobOrderView>, ProblemHttpResult>> CancelJobOrder(
        string id, ClaimsPrincipal user, CandidateBankDb db, OrderAccess access, CancellationToken cancellationToken)
    {
        var record = await access.FindAsync(db, user, id, cancellationToken);
        if (record is null) return JobOrderProblems.NotFound(id);
        record.Close();
        var waiting = await db.Outbox.Where(e => e.JobOrderId == id && e.Kind == EmailKind.Shortlist && e.Status == OutgoingEmailStatus.Pending).ToListAsync(cancellationToken);
        db.Outbox.RemoveRange(waiting);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ViewAsync(record, db, cancellationToken));
    }

    public static async Task<Results<Ok<Shortlist>, ProblemHttpResult>> GetShortlist(
        string id, ClaimsPrincipal user, CandidateBankDb db, OrderAccess access, CancellationToken cancellationToken)
    {
        var record = await access.FindAsync(db, user, id, cancellationToken);
        if (record is null) return JobOrderProblems.NotFound(id);
        return await ShortlistOfAsync(record, user, db, cancellationToken);
    }

    /// <summary>
    /// The shortlist as GET /api/v1/job-orders/{id}/shortlist gives it, for a record the caller found through
    /// <see cref="OrderAccess"/>: a 409 until it is ready, and every candidate it shows goes into the access log.
    /// </summary>
    public static async Task<Results<Ok<Shortlist>, ProblemHttpResult>> ShortlistOfAsync(
        JobOrderRecord record, ClaimsPrincipal user, CandidateBankDb db, CancellationToken cancellationToken)
    {
        if (record.Shortlist is not { } shortlist) return JobOrderProblems.ShortlistNotReady(record.Id, record.Status);
        await db.RecordShortlistShownAsync(user, shortlist, $"Shortlist til jobordre {record.Id}", cancellationToken);
        return TypedResults.Ok(shortlist);
    }

    public static async Task<Results<Ok<GapReport>, ProblemHttpResult>> GetGaps(
        string id, ClaimsPrincipal user, CandidateBankDb db, OrderAccess access, CancellationToken cancellationToken)
    {
        var record = await access.FindAsync(db, user, id, cancellationToken);
        if (record is null) return JobOrderProblems.NotFound(id);
        return record.Shortlist is { } shortlist ? TypedResults.Ok(GapReport.From(shortlist)) : JobOrderProblems.ShortlistNotReady(id, record.Status);
    }
}
