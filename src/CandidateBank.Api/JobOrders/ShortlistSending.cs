using System.Security.Claims;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.JobOrders;

/// <summary>Optional body of the send call: candidates the consultant takes off the shortlist before it goes out.</summary>
/// <param name="RemoveCandidateIds">Candidates to take off, each by id, or as <c>jobCentre/id</c> when two job centres' candidates on the list share it.</param>
public sealed record SendShortlistRequest(IReadOnlyList<string>? RemoveCandidateIds = null);

/// <summary>
/// The consultant approves a shortlist and it is emailed to the company. While the order is open, candidates matched
/// to it later can be sent the same way: each later call emails only those new since the last send. A call with
/// nothing new is a 409 that names the existing delivery, because approving twice must not mail the company twice.
/// </summary>
public static class ShortlistSending
{
    public static async Task<Results<Accepted<DeliveryView>, ProblemHttpResult, ValidationProblem>> SendShortlist(
        string id, SendShortlistRequest? request, ClaimsPrincipal user, CandidateBankDb db, OrderAccess access,
        ShortlistApproval approval, OutboxSignal outbox, CancellationToken cancellationToken)
    {
        // Whoever may read the order may approve it; to everyone else it looks exactly like a missing one.
        var record = await access.FindAsync(db, user, id, cancellationToken);
        if (record is null) return JobOrderProblems.NotFound(id);
        var tracking = await db.Tracking.FindAsync([id], cancellationToken);
        if (record.Status == JobOrderStatus.Closed) return JobOrderProblems.Cancelled(id);
        if (record.Status is JobOrderStatus.Filled or JobOrderStatus.Expired) return JobOrderProblems.Over(id, record.Status);
        if (record.Shortlist is not { } shortlist) return JobOrderProblems.ShortlistNotReady(id, record.Status);

        var laterSend = tracking?.ApprovedAt is not null;
        var offered = ShortlistApproval.Offered(shortlist, tracking);
        if (laterSend && offered.Count == 0) return AlreadySent(id, tracking!);
        if (offered.Count == 0) return JobOrderProblems.NothingToSend(id);
        var removed = new HashSet<CandidateKey>();
        var refusals = new List<string>();
        foreach (var name in (request?.RemoveCandidateIds ?? []).Distinct(StringComparer.Ordinal))
        {
            var (candidate, ambiguous) = CandidateNames.Resolve(name ?? "", offered, c => c.Key());
            if (candidate is not null) removed.Add(candidate.Key());
            else refusals.Add(ambiguous ?? (laterSend
                ? $"'{name}' is not among the candidates new since the last send of job order '{id}' ({string.Join(", ", offered.Select(c => c.CandidateId))})."
                : $"'{name}' is not on the shortlist of job order '{id}'."));
        }
        if (refusals.Count > 0) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["removeCandidateIds"] = [.. refusals] });
        if (laterSend && offered.All(c => removed.Contains(c.Key())))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["removeCandidateIds"] = [$"takes off every candidate new since the last send of job order '{id}', so nothing would be emailed."],
            });

        tracking ??= db.Tracking.Add(new JobOrderTracking { JobOrderId = id }).Entity;
        await approval.ApproveAsync(db, record, tracking, removed, user.Identity?.Name ?? "", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent send won the race: outbox ids are one per order and send, so only one email was queued.
            db.ChangeTracker.Clear();
            return AlreadySent(id, (await db.Tracking.AsNoTracking().FirstAsync(t => t.JobOrderId == id, cancellationToken)));
        }
        outbox.Notify();
        return TypedResults.Accepted($"/api/v1/job-orders/{id}", DeliveryView.From(tracking, await DeliveryView.SendsAsync(db, id, cancellationToken)));
    }

    private static ProblemHttpResult AlreadySent(string id, JobOrderTracking tracking) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing new to send",
            detail: $"The shortlist of job order '{id}' was approved at {tracking.ApprovedAt:O} (delivery '{tracking.DeliveryStatus}') " +
                    "and no candidate has joined it since: a later send emails only candidates new since the last one, so the company " +
                    $"never gets the same people twice. GET /api/v1/job-orders/{id} shows what was sent.");
}
