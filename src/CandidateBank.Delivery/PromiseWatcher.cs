using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CandidateBank.Delivery;

/// <summary>
/// Expires open orders that have been quiet for <see cref="OrderOptions.OpenDays"/>, calls in the recruitment network
/// for an order short of candidates at its deadline check (<see cref="NetworkCall"/>), and watches the one-day promise: an order whose shortlist is not sent is at risk when less than
/// <see cref="PromiseOptions.AtRiskHours"/> remain, and overdue after its deadline. The consultant is emailed once
/// per change of state, through the outbox, in the same SaveChanges that records the state.
/// </summary>
public sealed class PromiseWatcher(IServiceScopeFactory scopes, OutboxSignal signal, IOptions<PromiseOptions> promise,
    IOptions<OrderOptions> orders, IOptions<EmailOptions> email, NetworkCall network, WorkLeadership leadership, TimeProvider clock,
    ILogger<PromiseWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(promise.Value.CheckSeconds), clock);
        do
        {
            // One alert per order, however many replicas share the store: only the leader checks.
            try { if (leadership.IsLeader) await CheckAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Promise check failed; trying again at the next one");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        var now = clock.GetUtcNow();
        var atRiskFrom = now + TimeSpan.FromHours(promise.Value.AtRiskHours);
        var late = await (
            from order in db.JobOrders
            where JobOrderStatus.Unsent.Contains(order.Status) && order.Deadline <= atRiskFrom
            join t in db.Tracking on order.Id equals t.JobOrderId into tracked
            from tracking in tracked.DefaultIfEmpty()
            where tracking == null || tracking.AlertState != EmailKind.Overdue
            select new { order, tracking }).ToListAsync(cancellationToken);

        foreach (var (order, existing) in late.Select(l => (l.order, l.tracking)))
        {
            var state = order.Deadline <= now ? EmailKind.Overdue : EmailKind.AtRisk;
            if (await network.CallInAsync(db, order, now, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Job order {JobOrderId} is short of candidates: its recruitment network was called in", order.Id);
            }
            if (existing?.AlertState == state) continue;
            var tracking = existing ?? db.Tracking.Add(new JobOrderTracking { JobOrderId = order.Id }).Entity;
            tracking.AlertState = state;
            Outbox.Add(db, state, order.Id, AlertEmail.Compose(email.Value, state, order, now), now);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogWarning("Job order {JobOrderId} is {State}: deadline {Deadline}", order.Id, state, order.Deadline);
        }
        var calledIn = await CallInForSentShortAsync(db, now, cancellationToken);
        if (late.Count > 0 || calledIn > 0) signal.Notify();
        await ExpireAsync(db, now, cancellationToken);
    }

    /// <summary>
    /// An order sent before its deadline with fewer candidates than its target is just as short at the deadline: its
    /// network is called in then too, unless candidates arrived since and the list now has what the order wants.
    /// </summary>
    private async Task<int> CallInForSentShortAsync(CandidateBankDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var shortOnes = await db.JobOrders.Where(o => o.Status == JobOrderStatus.Sent && o.Deadline <= now && o.QualifiedCount < o.Target
            && !db.Outbox.Any(e => e.JobOrderId == o.Id && e.Kind == EmailKind.NetworkCall)).ToListAsync(cancellationToken);
        var called = 0;
        foreach (var order in shortOnes)
            if (await network.CallInAsync(db, order, now, cancellationToken)) called++;
        if (called == 0) return 0;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Count} sent job orders short of candidates at their deadline: their recruitment networks were called in", called);
        return called;
    }

    /// <summary>Open orders nothing has happened to for <see cref="OrderOptions.OpenDays"/> expire: nobody is working on them.</summary>
    private async Task ExpireAsync(CandidateBankDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var quietSince = now - TimeSpan.FromDays(orders.Value.OpenDays);
        var quiet = await db.JobOrders.Where(o => JobOrderStatus.Open.Contains(o.Status) && o.LastActivityAt < quietSince).ToListAsync(cancellationToken);
        foreach (var order in quiet) order.Expire();
        if (quiet.Count == 0) return;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Count} job orders expired after {Days} days without activity", quiet.Count, orders.Value.OpenDays);
    }
}

/// <summary>
/// The consultant's messages about one order: its promise at risk or broken, no qualified candidate in the bank (the
/// company is then not emailed at all, so the consultant must hear it at once), or new candidates on its list.
/// </summary>
public static class AlertEmail
{
    /// <param name="arrived">For <see cref="EmailKind.NewCandidates"/>: how many candidates joined the shortlist.</param>
    public static MimeKit.MimeMessage Compose(EmailOptions options, string state, JobOrderRecord record, DateTimeOffset now, int arrived = 0)
    {
        var (order, shortlist) = (record.Order, record.Shortlist);
        var empty = shortlist is { Candidates.Count: 0 };
        // New candidates can arrive many times in an order's life: each email has an id of its own.
        var message = Outbox.NewMessage(options, state, record.Id, state == EmailKind.NewCandidates ? $"{now.UtcTicks}" : null);
        message.Date = now;
        message.To.Add(MimeKit.MailboxAddress.Parse(order.ConsultantEmail));
        message.Subject = state switch
        {
            EmailKind.NoCandidates => $"Ingen kvalificerede kandidater: {order.Title}",
            EmailKind.NewCandidates => $"Nye kandidater: {order.Title}",
            EmailKind.Overdue => $"Frist overskredet: {order.Title}",
            _ => $"Fristen nærmer sig: {order.Title}",
        };
        message.Body = EmailBody.Render(
        [
            new Paragraph(state switch
            {
                EmailKind.NoCandidates => $"Ingen kandidat i banken opfylder alle krav i ordren fra {order.Company.Name}, så virksomheden får ingen mail.",
                EmailKind.NewCandidates => $"{arrived} {(arrived == 1 ? "ny kandidat" : "nye kandidater")} i banken opfylder nu alle krav i ordren fra {order.Company.Name} og er kommet på listen.",
                EmailKind.Overdue => $"Fristen for at sende kandidatlisten til {order.Company.Name} er overskredet.",
                _ => $"Der er under to timer til fristen for at sende kandidatlisten til {order.Company.Name}.",
            }),
            new FactList(order.Title,
            [
                ("Jobordre", record.Id), ("Virksomhed", order.Company.Name), ("Status", record.Status),
                ("Modtaget", DanishTime.Format(record.ReceivedAt)), ("Frist", DanishTime.Format(record.Deadline)),
                ("Kandidater der mangler ét krav", $"{shortlist?.NearMisses.Count ?? 0}"),
            ]),
            new Paragraph(state == EmailKind.NewCandidates
                ? $"Se listen med GET /api/v1/job-orders/{record.Id}/shortlist; kandidater der ikke var med i mailen til virksomheden står i newSinceSent."
                : empty
                ? $"Se hvad kandidaterne mangler med GET /api/v1/job-orders/{record.Id}/gaps, og ring til virksomheden; luk ordren med DELETE /api/v1/job-orders/{record.Id}, hvis den ikke kan besættes."
                : $"Godkend og send listen med POST /api/v1/job-orders/{record.Id}/shortlist/send."),
        ]);
        return message;
    }
}

internal static class DanishTime
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Copenhagen", out var zone) ? zone : TimeZoneInfo.Utc;

    public static string Format(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString("d. MMMM yyyy 'kl.' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("da-DK"));
}
