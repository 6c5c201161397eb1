namespace CandidateBank.Contracts;

/// <summary>
/// A profile was not re-published within the retention period and has been erased from store and index. Published
/// for the owning job centre: re-publish the profile if the citizen still wants to be in the bank.
/// </summary>
public sealed record CandidateProfileExpired
{
    public required string CandidateId { get; init; }
    public required string JobCentre { get; init; }
    public required DateTimeOffset LastPublishedAt { get; init; }
    public required DateTimeOffset ExpiredAt { get; init; }
    public required int RetentionDays { get; init; }
}
