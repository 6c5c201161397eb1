using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Store;

namespace CandidateBank.Api.JobOrders;

/// <summary>
/// Where a job order's shortlist email stands: pending (queued or being retried, with the last transient error),
/// sent, or delivery-failed with the reason; and the promise state the consultant was last warned about.
/// </summary>
public sealed record DeliveryView(
    string? Status,
    string? Reason,
    int Attempts,
    DateTimeOffset? ApprovedAt,
    string? ApprovedBy,
    DateTimeOffset? SentAt,
    string? Alert,
    IReadOnlyList<SentCandidate> Candidates)
{
    public static DeliveryView From(JobOrderTracking tracking, OutgoingEmail? email) => new(
        tracking.DeliveryStatus,
        tracking.DeliveryError ?? email?.LastError,
        email?.Attempts ?? 0,
        tracking.ApprovedAt,
        tracking.ApprovedBy,
        tracking.SentAt,
        tracking.AlertState,
        tracking.SentCandidatesJson is null ? [] : JsonSerializer.Deserialize<List<SentCandidate>>(tracking.SentCandidatesJson, ContractJson.Options)!);
}
