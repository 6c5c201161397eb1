namespace CandidateBank.Contracts;

/// <summary>
/// The ranked answer to a job order: only candidates who pass every hard rule, best first. Never padded: when fewer
/// than <see cref="PromisedMinimum"/> qualify, <see cref="Insufficient"/> says so and <see cref="QualifiedCount"/> how many did.
/// </summary>
public sealed record Shortlist
{
    /// <summary>What employers are promised by the end of the day: at least four qualified candidates.</summary>
    public const int PromisedMinimum = 4;

    public required string JobOrderId { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public required IReadOnlyList<ShortlistedCandidate> Candidates { get; init; }
    public required IReadOnlyList<NearMiss> NearMisses { get; init; }
    /// <summary>How many candidates passed every hard rule (may exceed the shortlist's length).</summary>
    public required int QualifiedCount { get; init; }
    public required bool Insufficient { get; init; }
}

public sealed record ShortlistedCandidate(
    int Rank,
    string CandidateId,
    double Score,
    string JobCentre,
    double DistanceKm,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MatchedCertificates,
    string Explanation);

/// <summary>A candidate who fails only for want of one or two required certificates: a short course away.</summary>
public sealed record NearMiss(string CandidateId, IReadOnlyList<string> Missing);
