namespace CandidateBank.Store;

/// <summary>
/// What CandidateBank tracks about a job order against the one-day promise: the consultant's approval and the delivery
/// of the shortlist email, and the last promise state the consultant was told.
/// A table of its own beside <see cref="JobOrderRecord"/>, so existing databases gain it without a column migration.
/// </summary>
public sealed class JobOrderTracking
{
    public required string JobOrderId { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedBy { get; set; }
    /// <summary>The candidates sent, with the anonymised reference each was shown under (JSON), so the job centre can resolve a reference.</summary>
    public string? SentCandidatesJson { get; set; }
    /// <summary>How many candidates the approved email names: the promise is kept only when that reaches the order's target.</summary>
    public int SentCount { get; set; }
    public string? DeliveryStatus { get; set; }
    public string? DeliveryError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>The last promise state (at-risk, overdue) the consultant was emailed about: one email per change.</summary>
    public string? AlertState { get; set; }
}

public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "delivery-failed";
}
