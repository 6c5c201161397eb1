using System.Text.Json;
using CandidateBank.Api.Auth;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Matching.Geography;
using CandidateBank.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
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
        group.MapGet("/placements", GetPlacements).WithName(nameof(GetPlacements))
            .WithSummary("Jobs filled: orders by where they ended, candidates hired, and the hire rate by shortlist rank");
        return group;
    }

    /// <summary>
    /// Aggregates only, no order or person, so every consultant sees every job centre's figures. An order's job centre
    /// is the one it was taken by (<c>jobCentre</c>); orders without one count under "unknown".
    /// </summary>
    public static async Task<Ok<TurnaroundReport>> GetTurnaround(CandidateBankDb db, RecruitmentNetworks networks, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // Every email has its own link, so an order sent twice can be rated twice; each rating counts.
        var ratings = (await db.Feedback.AsNoTracking().Where(f => f.Rating != null).Select(f => new { f.JobOrderId, Rating = f.Rating!.Value })
            .ToListAsync(cancellationToken)).ToLookup(f => f.JobOrderId, f => f.Rating);
        var delivered = (await db.Outbox.AsNoTracking().Where(e => e.Kind == EmailKind.Shortlist && e.SentAt != null)
            .Select(e => new { e.JobOrderId, e.Id, e.SentAt }).ToListAsync(cancellationToken))
            .ToLookup(e => e.JobOrderId, e => (Send: Outbox.SendOf(e.Id, e.JobOrderId), SentAt: e.SentAt!.Value));
        var hires = await db.Outcomes.AsNoTracking().Where(o => o.Outcome == Outcomes.Hired).GroupBy(o => o.JobOrderId)
            .Select(g => new { JobOrderId = g.Key, Hired = g.Count() }).ToDictionaryAsync(h => h.JobOrderId, h => h.Hired, cancellationToken);
        var orders = (await (
                from order in db.JobOrders.AsNoTracking()
                join t in db.Tracking.AsNoTracking() on order.Id equals t.JobOrderId into tracked
                from tracking in tracked.DefaultIfEmpty()
                select new { order.Id, order.JobCentre, order.ReceivedAt, order.Deadline, order.Target, order.QualifiedCount, tracking!.SentAt, tracking.SentCandidatesJson })
            .ToListAsync(cancellationToken))
            .Select(o =>
            {
                // Sent in time: the candidates of every email the mail server accepted by the deadline.
                var inTime = delivered[o.Id].Where(d => d.SentAt <= o.Deadline).Select(d => d.Send).ToHashSet();
                var sentInTime = SentCandidate.Read(o.SentCandidatesJson).Count(c => inTime.Contains(c.Send));
                return new TurnaroundOrder(o.JobCentre, o.ReceivedAt, o.Deadline, o.SentAt, ratings[o.Id].ToList(),
                    sentInTime, Math.Min(o.Target, o.QualifiedCount), hires.GetValueOrDefault(o.Id));
            })
            .ToList();

        var now = clock.GetUtcNow();
        return TypedResults.Ok(new TurnaroundReport(now,
            GroupedBy(orders, o => o.JobCentre, (name, group) => TurnaroundGroup.Measure(name, group, now)),
            GroupedBy(orders, o => o.JobCentre is null ? null : networks.NetworkOf(o.JobCentre), (name, group) => TurnaroundGroup.Measure(name, group, now))));
    }

    /// <summary>Aggregates only, like the turnaround: every consultant sees every job centre's figures.</summary>
    public static async Task<Ok<PlacementReport>> GetPlacements(CandidateBankDb db, RecruitmentNetworks networks, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var hires = (await db.Outcomes.AsNoTracking().Where(o => o.Outcome == Outcomes.Hired)
                .Select(o => new { o.JobOrderId, o.JobCentre, o.CandidateId, o.RecordedAt }).ToListAsync(cancellationToken))
            .ToLookup(h => h.JobOrderId);
        var orders = (await (
                from order in db.JobOrders.AsNoTracking()
                join t in db.Tracking.AsNoTracking() on order.Id equals t.JobOrderId into tracked
                from tracking in tracked.DefaultIfEmpty()
                select new { order.Id, order.JobCentre, order.Status, order.ReceivedAt, tracking!.SentCandidatesJson })
            .ToListAsync(cancellationToken))
            .Select(o =>
            {
                // Ranks are those of the first email: later sends are lists of their own, of whoever arrived since.
                var sent = SentCandidate.Read(o.SentCandidatesJson).Where(c => c.Send == 1).ToList();
                var hired = hires[o.Id].ToList();
                return new PlacedOrder(o.JobCentre, o.Status, o.ReceivedAt, hired.Count == 0 ? null : hired.Min(h => h.RecordedAt), sent.Count,
                    sent.Select((c, i) => (Key: c.Key(), Rank: i + 1)).Where(c => hired.Any(h => new CandidateKey(h.JobCentre, h.CandidateId).Matches(c.Key))).Select(c => c.Rank).ToHashSet());
            })
            .ToList();
        return TypedResults.Ok(new PlacementReport(clock.GetUtcNow(),
            GroupedBy(orders, o => o.JobCentre, PlacementGroup.Measure),
            GroupedBy(orders, o => o.JobCentre is null ? null : networks.NetworkOf(o.JobCentre), PlacementGroup.Measure),
            RankOutcome.Measure(orders)));
    }

    private static List<TGroup> GroupedBy<TOrder, TGroup>(List<TOrder> orders, Func<TOrder, string?> key, Func<string, IReadOnlyList<TOrder>, TGroup> measure) =>
        orders.GroupBy(o => key(o) ?? TurnaroundGroup.Unknown, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => measure(g.Key, g.ToList()))
            .ToList();
}
