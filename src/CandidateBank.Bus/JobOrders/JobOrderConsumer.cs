using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Matching.Calendar;
using CandidateBank.Matching.Shortlisting;
using CandidateBank.Matching.Validation;
using CandidateBank.Store;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CandidateBank.Bus.JobOrders;

/// <summary>
/// Records a job order and answers it with a shortlist. A redelivered order is recognised by its id and ignored.
/// With <see cref="JobOrder.AutoSend"/> the shortlist email is queued in the same SaveChanges as the shortlist; an empty
/// shortlist queues the consultant's warning instead.
/// </summary>
public sealed class JobOrderConsumer(CandidateBankDb db, ShortlistBuilder shortlists, MessageValidator validator,
    AnswerDeadline deadlines, OpenOrderSet openOrders, ShortlistApproval approval, OutboxSignal outbox, IOptions<EmailOptions> email, TimeProvider clock) : IConsumer<JobOrder>
{
    public async Task Consume(ConsumeContext<JobOrder> context)
    {
        var order = context.Message;
        var validation = validator.Validate(order);
        if (!validation.IsValid) throw new InvalidMessageException($"JobOrder rejected: {validation}");
        order = validator.Canonical.Of(order);

        var id = order.JobOrderId ?? context.MessageId?.ToString("N")
            ?? throw new InvalidMessageException("JobOrder rejected: jobOrderId is required when the message has no message id.");
        var record = await db.JobOrders.FindAsync([id], context.CancellationToken);
        if (record is null)
        {
            var receivedAt = order.ReceivedAt ?? clock.GetUtcNow();
            record = db.JobOrders.Add(JobOrderRecord.Receive(id, order, receivedAt, deadlines.For(order, receivedAt))).Entity;
            await db.SaveChangesAsync(context.CancellationToken);
        }
        if (record.Status != JobOrderStatus.Received) return;

        var shortlist = shortlists.Build(id, order);
        record.Shortlisted(shortlist);
        openOrders.Put(id, order);
        // An empty list is not an answer to send a company: the order stays shortlisted, and the consultant is told now.
        var autoSend = order.AutoSend && shortlist.Candidates.Count > 0;
        if (shortlist.Candidates.Count == 0)
            Outbox.Add(db, EmailKind.NoCandidates, id, AlertEmail.Compose(email.Value, EmailKind.NoCandidates, record, clock.GetUtcNow()), clock.GetUtcNow());
        if (autoSend)
        {
            var tracking = await db.Tracking.FindAsync([id], context.CancellationToken)
                ?? db.Tracking.Add(new JobOrderTracking { JobOrderId = id }).Entity;
            if (tracking.ApprovedAt is null)
                await approval.ApproveAsync(db, record, tracking, [], "autoSend", context.CancellationToken);
        }
        await db.SaveChangesAsync(context.CancellationToken);
        if (autoSend || shortlist.Candidates.Count == 0) outbox.Notify();
    }
}
