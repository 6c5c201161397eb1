using System.Security.Claims;
using System.Text.Json;
using CandidateBank.Api.Auth;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.JobOrders;

/// <summary>One line of the order list: enough to see which orders need the consultant now.</summary>
public sealed record JobOrderSummary(string Id, string Title, string CompanyName, string Status, string? DeliveryStatus,
    DateTimeOffset ReceivedAt, DateTimeOffset Deadline, DateTimeOffset? SentAt, bool Overdue);

/// <summary>
/// <c>GET /api/v1/job-orders?status=&amp;overdue=</c>: the orders the caller may read (<see cref="Caller.MayReadOrderOf"/>:
/// a consultant their own job centre's, network-wide where configured; an admin all). Overdue means past the deadline
/// without a sent shortlist. The job centre is inside the stored order, so that filter runs after the SQL filters.
/// </summary>
public static class JobOrderListing
{
    private static readonly string[] Statuses =
        [JobOrderStatus.Received, JobOrderStatus.Shortlisted, JobOrderStatus.Sent, JobOrderStatus.DeliveryFailed, JobOrderStatus.Closed];

    public static async Task<Results<Ok<List<JobOrderSummary>>, ValidationProblem>> ListJobOrders(
        string? status, bool? overdue, ClaimsPrincipal user, CandidateBankDb db, OrderVisibility visibility, RecruitmentNetworks networks,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (status is not null && !Statuses.Contains(status))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["status"] = [$"'{status}' is not a job order status; use one of {string.Join(", ", Statuses)}."],
            });

        var now = clock.GetUtcNow();
        var query =
            from order in db.JobOrders.AsNoTracking()
            join t in db.Tracking.AsNoTracking() on order.Id equals t.JobOrderId into tracked
            from tracking in tracked.DefaultIfEmpty()
            select new { order, tracking };
        if (status is not null) query = query.Where(o => o.order.Status == status);
        if (overdue is { } wanted)
            query = query.Where(o => (o.order.Deadline < now && o.order.Status != JobOrderStatus.Sent && o.order.Status != JobOrderStatus.Closed) == wanted);

        var rows = await query.OrderBy(o => o.order.Deadline).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows
            .Select(r => (r.order, r.tracking, contract: JsonSerializer.Deserialize<JobOrder>(r.order.OrderJson, ContractJson.Options)!))
            .Where(r => user.MayReadOrderOf(r.contract.JobCentre, networks, visibility.NetworkWide))
            .Select(r => new JobOrderSummary(r.order.Id, r.contract.Title, r.contract.Company.Name, r.order.Status, r.tracking?.DeliveryStatus,
                r.order.ReceivedAt, r.order.Deadline, r.tracking?.SentAt,
                r.order.Deadline < now && r.order.Status is not (JobOrderStatus.Sent or JobOrderStatus.Closed)))
            .ToList());
    }
}
