namespace CandidateBank.Store;

/// <summary>The stored form of a candidate: the profile as published, plus what the indexer knows about it.</summary>
public sealed class CandidateRecord
{
    public required string CandidateId { get; set; }
    public required string JobCentre { get; set; }
    public required int Version { get; set; }
    public required string ProfileJson { get; set; }
    public required DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset? IndexedAt { get; set; }
}
