namespace CandidateBank.Store;

public sealed class JobOrderRecord
{
    public required string Id { get; set; }
    public required string OrderJson { get; set; }
    public required string Status { get; set; }
    public required DateTimeOffset ReceivedAt { get; set; }
    public required DateTimeOffset Deadline { get; set; }
    public string? ShortlistJson { get; set; }
    public DateTimeOffset? ShortlistedAt { get; set; }
}
