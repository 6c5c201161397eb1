using CandidateBank.Matching.Telemetry;
using CandidateBank.Store;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CandidateBank.Delivery;

/// <summary>
/// Delivers pending outbox emails one at a time. Transient failures (no connection, 4xx) are retried with exponential
/// back-off; a 5xx answer, or too many attempts, is permanent and marks a shortlist's order delivery-failed.
/// At least once: a crash after the server accepted a message but before it is marked sent sends it again, with the
/// same Message-Id, which receiving systems and people can recognise as a duplicate.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IEmailTransport transport, OutboxSignal signal, ShortlistApproval approval,
    IOptions<EmailOptions> options, WorkLeadership leadership, TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Each email once, however many replicas share the store: only the leader delivers; the others'
                // approvals reach it at its next poll.
                if (leadership.IsLeader && signal.TakeRevisionRequest())
                {
                    try { await ReviseQueuedAsync(stoppingToken); }
                    catch (Exception) when (!stoppingToken.IsCancellationRequested)
                    {
                        signal.KeepRevisionRequest(); // a locked store: the emails are revised at the next poll, not forgotten
                        throw;
                    }
                }
                while (leadership.IsLeader && await DeliverNextAsync(stoppingToken)) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox dispatch failed; trying again at the next poll");
            }
            await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
        }
    }

    public const string NothingLeftReason = "Not sent: every candidate in it was erased or stopped qualifying after it was approved.";

    /// <summary>Tries the next due email; false when none is due.</summary>
    private async Task<bool> DeliverNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        var now = clock.GetUtcNow();
        var email = await db.Outbox
            .Where(e => e.Status == OutgoingEmailStatus.Pending && e.NextAttemptAt <= now)
            .OrderBy(e => e.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (email is null) return false;

        using var span = CandidateBankActivity.StartContinuing("email send", email.TraceParent, System.Diagnostics.ActivityKind.Client);
        span?.SetTag("candidatebank.email.kind", email.Kind).SetTag("candidatebank.job_order.id", email.JobOrderId);
        email.Attempts++;
        try
        {
            if (email.Kind == EmailKind.Shortlist && await ReviseAsync(db, email, cancellationToken) == Recomposed.NothingLeft)
            {
                await db.SaveChangesAsync(CancellationToken.None);
                return true;
            }
            using var mime = new MemoryStream(email.Mime);
            await transport.SendAsync(await MimeMessage.LoadAsync(mime, cancellationToken), cancellationToken);
            await MarkSentAsync(db, email, cancellationToken);
            CandidateBankMeter.EmailsSent.Add(1, new KeyValuePair<string, object?>("kind", email.Kind));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (permanent, reason) = Classify(e);
            if (!permanent && email.Attempts >= options.Value.MaxAttempts)
                (permanent, reason) = (true, $"Gave up after {email.Attempts} attempts; last error: {reason}");
            CandidateBankMeter.EmailFailures.Add(1, new("kind", email.Kind), new("permanent", permanent));
            if (permanent) await MarkFailedAsync(db, email, reason, cancellationToken);
            else Reschedule(email, reason);
            logger.LogWarning("Email {EmailId} to {Recipient}, attempt {Attempt}: {Outcome}: {Reason}",
                email.Id, email.Recipient, email.Attempts, permanent ? "failed permanently" : "will retry", reason);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    /// <summary>Every queued shortlist email composed again from the candidates as they are now, before any attempt.</summary>
    private async Task ReviseQueuedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        var queued = await db.Outbox.Where(e => e.Status == OutgoingEmailStatus.Pending && e.Kind == EmailKind.Shortlist).ToListAsync(cancellationToken);
        foreach (var email in queued) await ReviseAsync(db, email, cancellationToken);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<Recomposed> ReviseAsync(CandidateBankDb db, OutgoingEmail email, CancellationToken cancellationToken)
    {
        var recomposed = await approval.RecomposeIfChangedAsync(db, email, cancellationToken);
        if (recomposed == Recomposed.NothingLeft)
        {
            (email.Status, email.Mime, email.LastError) = (OutgoingEmailStatus.Failed, [], NothingLeftReason);
            logger.LogInformation("Shortlist email {EmailId} not sent: {Reason}", email.Id, NothingLeftReason);
        }
        if (recomposed == Recomposed.Changed)
            logger.LogInformation("Shortlist email {EmailId} composed again: candidates erased, no longer qualified or without consent since it was approved", email.Id);
        return recomposed;
    }

    private async Task MarkSentAsync(CandidateBankDb db, OutgoingEmail email, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        (email.Status, email.SentAt, email.Mime, email.LastError) = (OutgoingEmailStatus.Sent, now, [], null);
        if (email.Kind != EmailKind.Shortlist) return;
        var (order, tracking) = await OrderOf(db, email, cancellationToken);
        order?.Touch(now);
        // A later send of new candidates is an email of its own; the order's answer is its first.
        if (Outbox.SendOf(email.Id, email.JobOrderId) > 1) return;
        order?.Delivered();
        if (tracking is not null) (tracking.DeliveryStatus, tracking.SentAt, tracking.DeliveryError) = (DeliveryStatus.Sent, now, null);
        logger.LogInformation("Shortlist of job order {JobOrderId} sent to {Recipient}", email.JobOrderId, email.Recipient);
    }

    private static async Task MarkFailedAsync(CandidateBankDb db, OutgoingEmail email, string reason, CancellationToken cancellationToken)
    {
        (email.Status, email.Mime, email.LastError) = (OutgoingEmailStatus.Failed, [], reason);
        if (email.Kind != EmailKind.Shortlist || Outbox.SendOf(email.Id, email.JobOrderId) > 1) return;
        var (order, tracking) = await OrderOf(db, email, cancellationToken);
        order?.DeliveryFailed();
        if (tracking is not null) (tracking.DeliveryStatus, tracking.DeliveryError) = (DeliveryStatus.Failed, reason);
    }

    private void Reschedule(OutgoingEmail email, string reason)
    {
        var wait = Math.Min(options.Value.RetryMaxSeconds, options.Value.RetryBaseSeconds * Math.Pow(2, email.Attempts - 1));
        email.NextAttemptAt = clock.GetUtcNow() + TimeSpan.FromSeconds(wait);
        email.LastError = reason;
    }

    private static async Task<(JobOrderRecord?, JobOrderTracking?)> OrderOf(CandidateBankDb db, OutgoingEmail email, CancellationToken cancellationToken) =>
        (await db.JobOrders.FindAsync([email.JobOrderId], cancellationToken), await db.Tracking.FindAsync([email.JobOrderId], cancellationToken));

    /// <summary>SMTP 5xx is the server saying never (e.g. 550 mailbox unavailable); anything else may pass later.</summary>
    public static (bool Permanent, string Reason) Classify(Exception e) => e switch
    {
        SmtpCommandException command => ((int)command.StatusCode >= 500, $"SMTP {(int)command.StatusCode}: {command.Message}"),
        _ => (false, $"{e.GetType().Name}: {e.Message}"),
    };
}
