namespace CandidateBank.Store;

/// <summary>
/// One email in the outbox. Written in the same SaveChanges as the decision to send it, so a crash can neither lose
/// nor duplicate it; the delivery service sends pending ones. <see cref="Id"/> is deterministic (kind and job order)
/// and is also the Message-Id, so a resend after a crash mid-SMTP is recognisable as the same message.
/// </summary>
public sealed class OutgoingEmail
{
    public required string Id { get; set; }
    public required string JobOrderId { get; set; }
    public required string Kind { get; set; }
    public required string Recipient { get; set; }
    /// <summary>The rendered MIME message; emptied once delivered or given up, so personal data does not linger here.</summary>
    public required byte[] Mime { get; set; }
    public required string Status { get; set; }
    public int Attempts { get; set; }
    public required DateTimeOffset NextAttemptAt { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>The W3C trace context the email was queued in (the job order's trace), so its delivery joins that trace.</summary>
    public string? TraceParent { get; set; }
}

public static class EmailKind
{
    public const string Shortlist = "shortlist";
    public const string AtRisk = "at-risk";
    public const string Overdue = "overdue";
    public const string NoCandidates = "no-candidates";
    public const string NewCandidates = "new-candidates";
    public const string NetworkCall = "network-call";
    public const string CandidateSent = "candidate-sent";
}

public static class OutgoingEmailStatus
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
