using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Store;

namespace CandidateBank.Api.JobOrders;

public sealed record JobOrderAccepted(string Id);

/// <summary>A job order with where it stands against the one-day promise, and its shortlist email once approved.</summary>
public sealed record JobOrderView(string Id, string Status, DateTimeOffset ReceivedAt, DateTimeOffset Deadline, DateTimeOffset? ShortlistedAt,
    DeliveryView? Delivery, JobOrder Order)
{
    public static JobOrderView From(JobOrderRecord record, JobOrderTracking? tracking = null, IReadOnlyList<SendView>? sends = null) => new(
        record.Id, record.Status, record.ReceivedAt, record.Deadline, record.ShortlistedAt,
        tracking is null ? null : DeliveryView.From(tracking, sends ?? []), record.Order);
}
