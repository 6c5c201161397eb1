namespace CandidateBank.Contracts;

/// <summary>
/// A screened candidate as published by the owning job centre. Re-publishing with a higher
/// <see cref="Version"/> replaces the earlier profile; a lower version is ignored.
/// </summary>
public sealed record CandidateProfile
{
    public required string CandidateId { get; init; }
    public required string JobCentre { get; init; }
    public required int Version { get; init; }
    public required string Headline { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<OccupationExperience> Occupations { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> Certificates { get; init; } = [];
    public IReadOnlyList<string> DriversLicences { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public required string HomeMunicipality { get; init; }
    public required int MaxCommuteKm { get; init; }
    public required DateOnly AvailableFrom { get; init; }
    public IReadOnlyList<string> EmploymentTypes { get; init; } = [EmploymentType.Ordinary];
    public bool Senior { get; init; }
    public required Consent Consent { get; init; }
    public Contact? Contact { get; init; }
}
