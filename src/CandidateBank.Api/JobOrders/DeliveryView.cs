using CandidateBank.Delivery;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.JobOrders;

/// <summary>
/// Where a job order's shortlist email stands: pending (queued or being retried, with the last transient error),
/// sent, or delivery-failed with the reason; and the promise state the consultant was last warned about. These are
/// the first email's, the answer the promise is measured on; <see cref="Sends"/> lists every email, later sends of
/// new candidates included, and <see cref="Candidates"/> everyone sent, each with the send that named them.
/// </summary>
public sealed record DeliveryView(
    string? Status,
    string? Reason,
    int Attempts,
    DateTimeOffset? ApprovedAt,
    string? ApprovedBy,
    DateTimeOffset? SentAt,
    string? Alert,
    IReadOnlyList<SentCandidate> Candidates,
    IReadOnlyList<SendView> Sends)
{
    public static DeliveryView From(JobOrderTracking tracking, IReadOnlyList<SendView> sends)
    {
        var first = sends.FirstOrDefault(s => s.Number == 1);
        return new(tracking.DeliveryStatus, tracking.DeliveryError ?? first?.Reason, first?.Attempts ?? 0, tracking.ApprovedAt, tracking.ApprovedBy,
            tracking.SentAt, tracking.AlertState, SentCandidate.Read(tracking.SentCandidatesJson), sends);
    }

    public static async Task<List<SendView>> SendsAsync(CandidateBankDb db, string jobOrderId, CancellationToken cancellationToken) =>
        (await db.Outbox.AsNoTracking().Where(e => e.JobOrderId == jobOrderId && e.Kind == EmailKind.Shortlist)
            .Select(e => new { e.Id, e.Status, e.CreatedAt, e.SentAt, e.Attempts, e.LastError }).ToListAsync(cancellationToken))
        .Select(e => new SendView(Outbox.SendOf(e.Id, jobOrderId), e.Status, e.CreatedAt, e.SentAt, e.Attempts, e.LastError))
        .OrderBy(s => s.Number)
        .ToList();
}

/// <summary>One shortlist email of an order: the first, or a later one with the candidates new since.</summary>
public sealed record SendView(int Number, string Status, DateTimeOffset QueuedAt, DateTimeOffset? SentAt, int Attempts, string? Reason);
