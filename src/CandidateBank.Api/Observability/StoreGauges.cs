using System.Diagnostics.Metrics;
using CandidateBank.Delivery;
using CandidateBank.Matching.Index;
using CandidateBank.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CandidateBank.Api.Observability;

/// <summary>
/// What an operator watches in the store, read when Prometheus scrapes: emails waiting in the outbox, orders at risk of
/// missing and past their deadline unsent, and profiles stored that this server's index cannot find yet. One count query each.
/// </summary>
public sealed class StoreGauges : IDisposable
{
    public const string MeterName = "CandidateBank.Store";

    private readonly Meter _meter = new(MeterName);
    private readonly IServiceScopeFactory _scopes;

    public StoreGauges(IServiceScopeFactory scopes, CandidateIndex index, TimeProvider clock, IOptions<PromiseOptions> promise)
    {
        _scopes = scopes;
        _meter.CreateObservableGauge("candidatebank.outbox.backlog", () => Count(db => db.Outbox.Count(e => e.Status == OutgoingEmailStatus.Pending)),
            description: "Emails waiting to be delivered (queued or being retried)");
        _meter.CreateObservableGauge("candidatebank.orders.at_risk", () =>
        {
            var (now, from) = (clock.GetUtcNow(), clock.GetUtcNow() + TimeSpan.FromHours(promise.Value.AtRiskHours));
            return Count(db => db.JobOrders.Count(o => JobOrderStatus.Unsent.Contains(o.Status) && o.Deadline > now && o.Deadline <= from));
        }, description: "Orders not yet sent whose deadline is near");
        _meter.CreateObservableGauge("candidatebank.orders.overdue", () =>
        {
            var now = clock.GetUtcNow();
            return Count(db => db.JobOrders.Count(o => JobOrderStatus.Unsent.Contains(o.Status) && o.Deadline <= now));
        }, description: "Orders past their deadline without a sent shortlist");
        // Per server: replicas share the store but each searches its own index.
        _meter.CreateObservableGauge("candidatebank.index.documents", () => index.Count, description: "Candidates this server's index can find");
        _meter.CreateObservableGauge("candidatebank.index.lag", () => Math.Max(0, Count(db => db.Candidates.Count()) - index.Count),
            description: "Profiles stored that this server's index cannot find yet");
    }

    private int Count(Func<CandidateBankDb, int> query)
    {
        using var scope = _scopes.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<CandidateBankDb>());
    }

    public void Dispose() => _meter.Dispose();
}
