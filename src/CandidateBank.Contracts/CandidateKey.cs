namespace CandidateBank.Contracts;

/// <summary>
/// Who a candidate is: the job centre that published them and the id it gave them. Ids are the job centre's own, so two
/// job centres may use the same one, and an id erased at one may be reused at another; the store, the index, shortlists,
/// outcomes and the access log all know a candidate by both, so their data never mixes and one job centre cannot probe
/// another's ids.
/// </summary>
public readonly record struct CandidateKey(string JobCentre, string CandidateId)
{
    /// <summary>The one-string form, <c>Aarhus/c-17</c>: unambiguous because ids hold no '/'.</summary>
    public override string ToString() => $"{JobCentre}/{CandidateId}";

    /// <summary>
    /// True when <paramref name="name"/> names this candidate: as <c>jobCentre/id</c>, or as the id alone (how requests and
    /// data from before two job centres could share an id name a candidate).
    /// </summary>
    public bool IsNamedBy(string name) =>
        name.IndexOf('/') is var slash and >= 0
            ? string.Equals(name[..slash], JobCentre, StringComparison.OrdinalIgnoreCase) && name[(slash + 1)..] == CandidateId
            : name == CandidateId;

    /// <summary>
    /// The same candidate, where an empty job centre (a shortlist or delivery stored before two job centres could share an
    /// id) stands for whichever job centre holds the id.
    /// </summary>
    public bool Matches(CandidateKey other) =>
        CandidateId == other.CandidateId && (JobCentre.Length == 0 || other.JobCentre.Length == 0 || JobCentre == other.JobCentre);

    /// <summary>The key whose one-string form (<see cref="ToString"/>) is <paramref name="text"/>.</summary>
    public static CandidateKey Parse(string text) =>
        text.IndexOf('/') is var slash and >= 0 ? new(text[..slash], text[(slash + 1)..]) : throw new FormatException($"'{text}' is not a job centre/id key.");

    public static CandidateKey Of(CandidateProfile profile) => new(profile.JobCentre, profile.CandidateId);
}
