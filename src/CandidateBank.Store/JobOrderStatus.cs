namespace CandidateBank.Store;

public static class JobOrderStatus
{
    public const string Received = "received";
    public const string Shortlisted = "shortlisted";
    /// <summary>The shortlist email was accepted by the mail server (or written to the .eml outbox).</summary>
    public const string Sent = "sent";
    /// <summary>The shortlist email failed permanently; the reason is in the order's delivery.</summary>
    public const string DeliveryFailed = "delivery-failed";
    public const string Closed = "closed";
}
