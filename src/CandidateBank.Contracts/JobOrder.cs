namespace CandidateBank.Contracts;

/// <summary>
/// An employer's need, as submitted by a consultant. <see cref="JobOrderId"/> is assigned by whoever
/// accepts the order (the REST API, or a partner publishing on the bus) and makes redelivery harmless.
/// </summary>
public sealed record JobOrder
{
    public string? JobOrderId { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public required string Occupation { get; init; }
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];
    public IReadOnlyList<string> PreferredSkills { get; init; } = [];
    public IReadOnlyList<string> RequiredCertificates { get; init; } = [];
    public IReadOnlyList<string> RequiredDriversLicences { get; init; } = [];
    public IReadOnlyList<string> RequiredLanguages { get; init; } = [];
    public required string WorkMunicipality { get; init; }
    public string EmploymentType { get; init; } = Contracts.EmploymentType.Ordinary;
    public int Positions { get; init; } = 1;
    /// <summary>How many qualified candidates the consultant wants to send; absent means <see cref="Target"/>'s default.</summary>
    public int? Wanted { get; init; }
    public required DateOnly StartDate { get; init; }
    public int ShortlistSize { get; init; } = DefaultShortlistSize;
    public const int DefaultShortlistSize = 10;
    public required Company Company { get; init; }
    public required string ConsultantEmail { get; init; }
    /// <summary>
    /// The job centre (municipality) whose consultant took the order; its consultants, and where configured those of its
    /// network, may read it. Set by the REST API from the consultant's key; partners publishing on the bus set it.
    /// </summary>
    public string? JobCentre { get; init; }
    /// <summary>The tender this order recruits for, if any: the company must be the one that won it.</summary>
    public string? TenderId { get; init; }
    /// <summary>
    /// When the answer is due: <c>24h</c> after receipt (the default), <c>end-of-working-day</c>, or <c>2-working-days</c>;
    /// working days skip weekends and Danish public holidays.
    /// </summary>
    public string? AnswerWithin { get; init; }
    /// <summary>The employer welcomes seniors: candidates marked <see cref="CandidateProfile.Senior"/> rank up (never a hard rule).</summary>
    public bool SeniorFriendly { get; init; }
    /// <summary>Email the shortlist to the company as soon as it is ready, without waiting for the consultant's approval.</summary>
    public bool AutoSend { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>
    /// How many qualified candidates answer this order: <see cref="Wanted"/>, or at least the promised four and at least
    /// one per position (ten positions want ten). A shortlist with fewer is insufficient.
    /// </summary>
    public int Target() => Wanted ?? Math.Max(Shortlist.PromisedMinimum, Positions);
}
