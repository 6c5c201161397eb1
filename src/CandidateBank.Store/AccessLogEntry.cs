namespace CandidateBank.Store;

/// <summary>
/// One disclosure of a candidate: who saw or received the profile, when, for which job order and why. Append-only
/// (the database refuses updates and deletes) and kept after the profile is erased, so a job centre can answer a
/// citizen's access request (GDPR art. 15) in one call.
/// </summary>
public sealed class AccessLogEntry
{
    public long Id { get; set; }
    public required string CandidateId { get; set; }
    /// <summary>The owning job centre, kept on the entry because the profile itself may be gone.</summary>
    public required string JobCentre { get; set; }
    public required DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? JobOrderId { get; set; }
    public required string Purpose { get; set; }
}

public static class AccessActions
{
    public const string ShownInShortlist = "shown-in-shortlist";
    public const string ShownAsNearMiss = "shown-as-near-miss";
    public const string Opened = "opened";
    public const string SentToCompany = "sent-to-company";
    public const string Withdrawn = "withdrawn";
}
