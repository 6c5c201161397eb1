using System.Security.Claims;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.JobOrders;

/// <summary>One line of the order list: enough to see which orders need the consultant now.</summary>
public sealed record JobOrderSummary(string Id, string Title, string CompanyName, string Status, string? DeliveryStatus,
    DateTimeOffset ReceivedAt, DateTimeOffset Deadline, DateTimeOffset? SentAt, bool Overdue);

/// <summary>
/// <c>GET /api/v1/job-orders?status=&amp;overdue=&amp;limit=&amp;after=&amp;sort=</c>: the orders the caller may read
/// (<see cref="OrderAccess"/>), earliest deadline first (or newest first), filtered and paged in SQL. Overdue means past the deadline
/// without a sent shortlist. Pages are keyset pages: <c>after</c> is the last id of the page before, and a
/// <c>Link: &lt;…&gt;; rel="next"</c> header gives the next page while there is one.
/// </summary>
public static class JobOrderListing
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private static readonly string[] Statuses =
        [JobOrderStatus.Received, JobOrderStatus.Shortlisted, JobOrderStatus.Sent, JobOrderStatus.DeliveryFailed, JobOrderStatus.Filled,
         JobOrderStatus.Expired, JobOrderStatus.Closed, OpenStatus];

    /// <summary><c>?status=open</c>: every order still being worked on (<see cref="JobOrderStatus.Open"/>).</summary>
    private const string OpenStatus = "open";

    /// <summary><c>?sort=</c>: earliest deadline first (the default), or the orders received last first.</summary>
    public const string DeadlineFirst = "deadline", NewestFirst = "newest";


    public static async Task<Results<Ok<List<JobOrderSummary>>, ValidationProblem>> ListJobOrders(
        ClaimsPrincipal user, CandidateBankDb db, OrderAccess access, TimeProvider clock, HttpContext http, CancellationToken cancellationToken,
        string? status = null, bool? overdue = null, bool? seniorFriendly = null, int limit = DefaultLimit, string? after = null, string? sort = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (status is not null && !Statuses.Contains(status))
            errors["status"] = [$"'{status}' is not a job order status; use one of {string.Join(", ", Statuses)}."];
        if (limit is < 1 or > MaxLimit) errors["limit"] = [$"must be between 1 and {MaxLimit}."];
        if (sort is not (null or DeadlineFirst or NewestFirst)) errors["sort"] = [$"'{sort}' is not an order of the list; use {DeadlineFirst} (the default) or {NewestFirst}."];
        var readable = access.Readable(db.JobOrders.AsNoTracking(), user);
        var cursor = after is null ? null : await readable.Where(o => o.Id == after).Select(o => new { o.Deadline, o.ReceivedAt, o.Id }).FirstOrDefaultAsync(cancellationToken);
        if (after is not null && cursor is null) errors["after"] = [$"'{after}' is not a job order you may read; pass the last id of the page before."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var now = clock.GetUtcNow();
        var query = readable;
        if (seniorFriendly is { } senior) query = query.Where(o => o.SeniorFriendly == senior);
        if (status == OpenStatus) query = query.Where(o => JobOrderStatus.Open.Contains(o.Status));
        else if (status is not null) query = query.Where(o => o.Status == status);
        if (overdue is { } wanted)
            query = query.Where(o => (o.Deadline < now && JobOrderStatus.Unsent.Contains(o.Status)) == wanted);
        if (sort == NewestFirst)
        {
            if (cursor is not null)
                query = query.Where(o => o.ReceivedAt < cursor.ReceivedAt || (o.ReceivedAt == cursor.ReceivedAt && string.Compare(o.Id, cursor.Id) < 0));
            query = query.OrderByDescending(o => o.ReceivedAt).ThenByDescending(o => o.Id);
        }
        else
        {
            if (cursor is not null)
                query = query.Where(o => o.Deadline > cursor.Deadline || (o.Deadline == cursor.Deadline && string.Compare(o.Id, cursor.Id) > 0));
            query = query.OrderBy(o => o.Deadline).ThenBy(o => o.Id);
        }
        var page = await query.Take(limit + 1)
            .Select(o => new { o.Id, o.Title, o.CompanyName, o.Status, o.ReceivedAt, o.Deadline })
            .ToListAsync(cancellationToken);

        if (page.Count > limit)
        {
            page.RemoveAt(limit);
            var next = QueryString.Create(http.Request.Query.Where(q => q.Key != "after").Append(new("after", page[^1].Id)));
            http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}{next}>; rel=\"next\"";
        }
        var ids = page.Select(o => o.Id).ToList();
        var tracking = await db.Tracking.AsNoTracking().Where(t => ids.Contains(t.JobOrderId)).ToDictionaryAsync(t => t.JobOrderId, cancellationToken);
        return TypedResults.Ok(page.Select(o => (Order: o, Tracking: tracking.GetValueOrDefault(o.Id)))
            .Select(r => new JobOrderSummary(r.Order.Id, r.Order.Title, r.Order.CompanyName, r.Order.Status, r.Tracking?.DeliveryStatus,
                r.Order.ReceivedAt, r.Order.Deadline, r.Tracking?.SentAt,
                r.Order.Deadline < now && JobOrderStatus.Unsent.Contains(r.Order.Status)))
            .ToList());
    }
}
