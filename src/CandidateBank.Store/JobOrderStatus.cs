namespace CandidateBank.Store;

public static class JobOrderStatus
{
    public const string Received = "received";
    public const string Shortlisted = "shortlisted";
    public const string Sent = "sent";
    public const string Closed = "closed";
}
