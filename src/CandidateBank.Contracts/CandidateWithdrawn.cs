namespace CandidateBank.Contracts;

/// <summary>The owning job centre withdrew the candidate: remove them from store, index and later shortlists.</summary>
public sealed record CandidateWithdrawn
{
    public required string CandidateId { get; init; }
    public required string JobCentre { get; init; }
    public DateTimeOffset WithdrawnAt { get; init; } = DateTimeOffset.UtcNow;
}
