using System.Text.Json;
using CandidateBank.Api.Auth;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.Metrics;

public static class MetricsEndpoints
{
    public static RouteGroupBuilder MapMetricsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/metrics").WithTags("Metrics").RequireAuthorization(Roles.ConsultantPolicy);
        group.MapGet("/turnaround", GetTurnaround).WithName(nameof(GetTurnaround))
            .WithSummary("How the one-day promise is kept, per job centre and recruitment network");
        return group;
    }

    /// <summary>
    /// Aggregates only, no order or person, so every consultant sees every job centre's figures. An order's job centre
    /// is the one it was taken by (<c>jobCentre</c>); orders without one count under "unknown".
    /// </summary>
    public static async Task<Ok<TurnaroundReport>> GetTurnaround(CandidateBankDb db, RecruitmentNetworks networks, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var ratings = await db.Feedback.AsNoTracking().Where(f => f.Rating != null)
            .ToDictionaryAsync(f => f.JobOrderId, f => f.Rating, cancellationToken);
        var hires = await db.Outcomes.AsNoTracking().Where(o => o.Outcome == Outcomes.Hired).GroupBy(o => o.JobOrderId)
            .Select(g => new { JobOrderId = g.Key, Hired = g.Count() }).ToDictionaryAsync(h => h.JobOrderId, h => h.Hired, cancellationToken);
        var orders = (await (
                from order in db.JobOrders.AsNoTracking()
                join t in db.Tracking.AsNoTracking() on order.Id equals t.JobOrderId into tracked
                from tracking in tracked.DefaultIfEmpty()
                select new { order.Id, order.JobCentre, order.ReceivedAt, order.Deadline, order.Target, order.QualifiedCount, tracking!.SentAt, SentCount = (int?)tracking.SentCount })
            .ToListAsync(cancellationToken))
            .Select(o => new TurnaroundOrder(o.JobCentre, o.ReceivedAt, o.Deadline, o.SentAt, ratings.GetValueOrDefault(o.Id),
                o.SentCount ?? 0, Math.Min(o.Target, o.QualifiedCount), hires.GetValueOrDefault(o.Id)))
            .ToList();

        var now = clock.GetUtcNow();
        return TypedResults.Ok(new TurnaroundReport(now,
            Grouped(orders, o => o.JobCentre, now),
            Grouped(orders, o => o.JobCentre is null ? null : networks.NetworkOf(o.JobCentre), now)));
    }

    private static List<TurnaroundGroup> Grouped(List<TurnaroundOrder> orders, Func<TurnaroundOrder, string?> key, DateTimeOffset now) =>
        orders.GroupBy(o => key(o) ?? TurnaroundGroup.Unknown, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => TurnaroundGroup.Measure(g.Key, g.ToList(), now))
            .ToList();
}
