namespace CandidateBank.Store;

/// <summary>
/// One step in what became of a candidate sent on a job order, as the consultant (or the company) recorded it: who,
/// when, what. Rows are only added, never changed, so the history stays as it was told.
/// </summary>
public sealed class CandidateOutcome
{
    public long Id { get; init; }
    public required string JobOrderId { get; init; }
    public required string CandidateId { get; init; }
    /// <summary>The candidate's job centre (<see cref="Contracts.CandidateKey"/>); empty in rows recorded before two job centres could share an id.</summary>
    public string JobCentre { get; init; } = "";
    public required string Outcome { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
    public string? Note { get; init; }
}

/// <summary>
/// The steps after a candidate is sent: contacted → interview → hired, not hired, or declined by the candidate.
/// Steps only go forward (a consultant may skip one), and the last three are final.
/// </summary>
public static class Outcomes
{
    public const string Sent = "sent";
    public const string Contacted = "contacted";
    public const string Interview = "interview";
    public const string Hired = "hired";
    public const string NotHired = "not-hired";
    public const string Declined = "declined";

    public static readonly string[] Recordable = [Contacted, Interview, Hired, NotHired, Declined];

    public static bool IsFinal(string outcome) => outcome is Hired or NotHired or Declined;

    /// <summary>Why <paramref name="next"/> cannot follow <paramref name="current"/>, or null when it can.</summary>
    public static string? Refusal(string current, string next) =>
        !Recordable.Contains(next) ? $"'{next}' is not an outcome; use one of {string.Join(", ", Recordable)}."
        : IsFinal(current) ? $"the outcome is already '{current}', which is final."
        : Step(next) <= Step(current) ? $"'{next}' does not follow '{current}'; outcomes only go forward ({Sent} → {Contacted} → {Interview} → {Hired}, {NotHired} or {Declined})."
        : null;

    private static int Step(string outcome) => outcome switch
    {
        Sent => 0,
        Contacted => 1,
        Interview => 2,
        _ => 3,
    };
}
