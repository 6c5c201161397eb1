using CandidateBank.Contracts;

namespace CandidateBank.Api.Candidates;

/// <summary>A candidate as the store holds it, with when it was published and indexed.</summary>
public sealed record StoredCandidate(CandidateProfile Profile, int Version, DateTimeOffset PublishedAt, DateTimeOffset? IndexedAt);

public sealed record BatchAccepted(int Accepted);
