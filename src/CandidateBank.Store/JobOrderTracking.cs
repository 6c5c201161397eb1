namespace CandidateBank.Store;

/// <summary>
/// What CandidateBank tracks about a job order against the one-day promise: the consultant's approval and the delivery
/// of the shortlist email, and the last promise state the consultant was told.
/// A table of its own beside <see cref="JobOrderRecord"/>, so existing databases gain it without a column migration.
/// </summary>
public sealed class JobOrderTracking
{
    public required string JobOrderId { get; set; }
    /// <summary>
    /// The first approval and its email's delivery: the answer the promise is measured on. Later sends of candidates new
    /// since then are outbox emails of their own and leave these as they are.
    /// </summary>
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public string? DeliveryStatus { get; set; }
    public string? DeliveryError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>The candidates of every send, each with its send number and the anonymised reference it was shown under (JSON), so the job centre can resolve a reference.</summary>
    public string? SentCandidatesJson { get; set; }
    /// <summary>How many candidates the first email names.</summary>
    public int SentCount { get; set; }
    /// <summary>Candidates the consultant took off before a send (JSON list of ids): not "new since sent" when the list is re-matched.</summary>
    public string? TakenOffJson { get; set; }
    /// <summary>The last promise state (at-risk, overdue) the consultant was emailed about: one email per change.</summary>
    public string? AlertState { get; set; }
}

public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "delivery-failed";
}
