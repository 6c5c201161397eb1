using System.Text.Json;
using System.Threading.Channels;
using CandidateBank.Bus.Replicas;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Matching.Shortlisting;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CandidateBank.Bus.JobOrders;

/// <summary>
/// Open orders keep gaining candidates: every profile stored and indexed is checked against the open orders' hard
/// rules (<see cref="OpenOrderSet"/>), and only the orders it qualifies for (or, for a newer version, whose lists hold
/// it) are shortlisted again, once per burst of arrivals. When the list gains someone the consultant is emailed; after the shortlist was sent, those not in the
/// email are marked <see cref="Shortlist.NewSinceSent"/>.
/// </summary>
public sealed class OpenOrderRematching(IServiceScopeFactory scopes, OpenOrderSet openOrders, ShortlistBuilder shortlists,
    IOptions<EmailOptions> email, OutboxSignal outbox, ReplicaOptions replica, TimeProvider clock, ILogger<OpenOrderRematching> logger) : BackgroundService
{
    /// <summary>The latest shortlisting among the open orders loaded so far (see <see cref="LoadOrdersShortlistedElsewhereAsync"/>).</summary>
    private DateTimeOffset _loadedUpTo = DateTimeOffset.MinValue;

    /// <summary>A partner's batch arrives over a moment; its orders are rebuilt once for all of it.</summary>
    public static TimeSpan Burst { get; set; } = TimeSpan.FromMilliseconds(500);

    // Not single-reader: MassTransit's test harness starts the hosted services a second time.
    private readonly Channel<CandidateProfile> _arrived = Channel.CreateUnbounded<CandidateProfile>();

    public void Offer(IEnumerable<CandidateProfile> stored)
    {
        foreach (var profile in stored) _arrived.Writer.TryWrite(profile);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try { await MatchArrivalsAsync(stoppingToken); }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { } // stopping
    }

    private async Task MatchArrivalsAsync(CancellationToken stoppingToken)
    {
        await LoadOpenOrdersAsync(stoppingToken);
        var qualifying = new HashSet<string>(StringComparer.Ordinal);
        while (await _arrived.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(Burst, stoppingToken);
            if (replica.IsReplica) await LoadOrdersShortlistedElsewhereAsync(stoppingToken);
            var updated = new List<CandidateKey>();
            while (_arrived.Reader.TryRead(out var profile))
            {
                qualifying.UnionWith(openOrders.QualifyingFor(profile));
                if (profile.Version > 1) updated.Add(CandidateKey.Of(profile));
            }
            // A newer version may no longer qualify (consent across networks withdrawn, a course expired): the open
            // orders whose lists hold it are shortlisted again too.
            qualifying.UnionWith(await OrdersHoldingAsync(updated, stoppingToken));
            foreach (var id in qualifying)
            {
                try { await RematchAsync(id, stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Re-matching job order {JobOrderId} failed; the next candidate that qualifies tries again", id);
                }
            }
            qualifying.Clear();
        }
    }

    private async Task LoadOpenOrdersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        var open = await db.JobOrders.AsNoTracking().Where(o => JobOrderStatus.Open.Contains(o.Status)).ToListAsync(cancellationToken);
        foreach (var order in open) openOrders.Put(order.Id, order.Order);
        _loadedUpTo = open.Select(o => o.ShortlistedAt ?? DateTimeOffset.MinValue).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        logger.LogInformation("Open job orders matched against arriving candidates: {Count}", open.Count);
    }

    /// <summary>
    /// Replicas share the job-order queue, so another replica may have shortlisted an order since: this replica stores
    /// profiles too (each version is stored, and re-matched, by whichever replica stores it first) and must know it.
    /// </summary>
    private async Task LoadOrdersShortlistedElsewhereAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        // A minute of overlap: clocks of replicas differ a little, and putting an order twice changes nothing.
        var since = _loadedUpTo == DateTimeOffset.MinValue ? _loadedUpTo : _loadedUpTo - TimeSpan.FromMinutes(1);
        var added = await db.JobOrders.AsNoTracking().Where(o => JobOrderStatus.Open.Contains(o.Status) && o.ShortlistedAt > since).ToListAsync(cancellationToken);
        foreach (var order in added) openOrders.Put(order.Id, order.Order);
        if (added.Count > 0) _loadedUpTo = added.Max(o => o.ShortlistedAt!.Value);
    }

    private async Task<List<string>> OrdersHoldingAsync(List<CandidateKey> candidates, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0) return [];
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        var holding = new List<string>();
        foreach (var candidate in candidates)
        {
            // The text match on the id may find an order holding another job centre's candidate with that id: shortlisting
            // it again changes nothing.
            holding.AddRange(await db.JobOrders.HoldingCandidate(candidate.CandidateId).Where(o => JobOrderStatus.Open.Contains(o.Status))
                .Select(o => o.Id).ToListAsync(cancellationToken));
        }
        return holding;
    }

    private async Task RematchAsync(string id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        var record = await db.JobOrders.FindAsync([id], cancellationToken);
        if (record is null || !JobOrderStatus.Open.Contains(record.Status))
        {
            openOrders.Remove(id); // filled, expired or closed since it was put there
            return;
        }
        var before = record.Shortlist!.Candidates.Select(c => c.Key()).ToHashSet();
        var rebuilt = shortlists.Build(id, record.Order);
        var arrived = rebuilt.Candidates.Count(c => !before.Contains(c.Key()));
        var departed = before.Count(c => rebuilt.Candidates.All(r => r.Key() != c));
        if (arrived == 0 && departed == 0) return; // qualified, but not among the best the list holds

        var tracking = await db.Tracking.AsNoTracking().FirstOrDefaultAsync(t => t.JobOrderId == id, cancellationToken);
        // Offered already: sent in some email, or taken off by the consultant before one.
        record.Revise(rebuilt with
        {
            NewSinceSent = tracking?.ApprovedAt is null ? [] : rebuilt.Candidates.Where(c => !ShortlistApproval.OfferedBefore(tracking, c.Key())).Select(c => c.CandidateId).ToList(),
        });
        var now = clock.GetUtcNow();
        if (arrived > 0) Outbox.Add(db, EmailKind.NewCandidates, id, AlertEmail.Compose(email.Value, EmailKind.NewCandidates, record, now, arrived), now);
        await db.SaveChangesAsync(cancellationToken);
        if (arrived > 0) outbox.Notify();
        logger.LogInformation("Job order {JobOrderId} gained {Arrived} candidates and lost {Departed}", id, arrived, departed);
    }
}
