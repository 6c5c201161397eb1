namespace CandidateBank.Contracts;

/// <summary>The ranked answer to a job order: only candidates who pass every hard rule, best first.</summary>
public sealed record Shortlist
{
    public required string JobOrderId { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public required IReadOnlyList<ShortlistedCandidate> Candidates { get; init; }
    public required IReadOnlyList<NearMiss> NearMisses { get; init; }
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
