namespace CandidateBank.Contracts;

/// <summary>
/// The ranked answer to a job order: only candidates who pass every hard rule, best first. Never padded: when fewer
/// than the order's <see cref="Target"/> qualify, <see cref="Insufficient"/> says so and <see cref="QualifiedCount"/> how many did.
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
    /// <summary>How many qualified candidates the order wants (<see cref="JobOrder.Target"/>); four in shortlists made before it existed.</summary>
    public int Target { get; init; } = PromisedMinimum;
    /// <summary>Fewer candidates qualified than <see cref="Target"/>.</summary>
    public required bool Insufficient { get; init; }
    /// <summary>
    /// Candidates who pass every other hard rule and hold a spelling that is probably a required certificate: never on
    /// the shortlist until a consultant has checked. Empty in shortlists made before it existed.
    /// </summary>
    public IReadOnlyList<CandidateToVerify> ToVerify { get; init; } = [];
    /// <summary>
    /// After the shortlist was sent: the candidates on it now who were not in the email, because they arrived (or
    /// came to qualify) since. Empty before the first send.
    /// </summary>
    public IReadOnlyList<string> NewSinceSent { get; init; } = [];
}

public sealed record ShortlistedCandidate(
    int Rank,
    string CandidateId,
    double Score,
    string JobCentre,
    double DistanceKm,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MatchedCertificates,
    string Explanation)
{
    public CandidateKey Key() => new(JobCentre, CandidateId);
}

/// <summary>A candidate who fails only for want of one or two required certificates: a short course away.</summary>
/// <param name="JobCentre">The candidate's job centre; empty in shortlists made before two job centres could share an id.</param>
public sealed record NearMiss(string CandidateId, IReadOnlyList<string> Missing, string JobCentre = "")
{
    public CandidateKey Key() => new(JobCentre, CandidateId);
}

/// <summary>A candidate whose certificates, as written, probably are the ones the order requires: call and check.</summary>
/// <param name="JobCentre">The candidate's job centre; empty in shortlists made before two job centres could share an id.</param>
public sealed record CandidateToVerify(string CandidateId, IReadOnlyList<CertificateToVerify> Certificates, string JobCentre = "")
{
    public CandidateKey Key() => new(JobCentre, CandidateId);
}

/// <param name="Required">The certificate the order requires.</param>
/// <param name="AsWritten">The candidate's certificate as the partner wrote it, which is probably <paramref name="Required"/>.</param>
public sealed record CertificateToVerify(string Required, string AsWritten);
