using CandidateBank.Contracts;
using CandidateBank.Import;

namespace CandidateBank.Cli;

/// <summary>The CSV layout of a candidate profile: one column per field, lists separated by '|'.</summary>
public static class CsvColumns
{
    public static readonly string[] Required =
        ["candidateId", "jobCentre", "version", "headline", "homeMunicipality", "maxCommuteKm", "availableFrom", "shareWithEmployers", "shareAcrossNetworks"];

    /// <summary>Every column a profile row may have; any other is refused, so a misspelt column never loses its values.</summary>
    public static readonly string[] Known =
    [
        .. Required, "summary", "occupations", "skills", "certificates", "driversLicences", "languages", "employmentTypes", "senior",
        "contactName", "contactEmail", "contactPhone",
    ];

    public static CandidateProfile ToProfile(IReadOnlyDictionary<string, string> row) => new()
    {
        CandidateId = row.Text("candidateId"),
        JobCentre = row.Text("jobCentre"),
        Version = row.Int("version"),
        Headline = row.Text("headline"),
        Summary = row.Text("summary"),
        Occupations = row.List("occupations").Select(Occupation).ToList(),
        Skills = row.List("skills"),
        Certificates = row.List("certificates"),
        DriversLicences = row.List("driversLicences"),
        Languages = row.List("languages"),
        HomeMunicipality = row.Text("homeMunicipality"),
        MaxCommuteKm = row.Int("maxCommuteKm"),
        AvailableFrom = row.Date("availableFrom"),
        EmploymentTypes = row.List("employmentTypes") is { Count: > 0 } types ? types : [EmploymentType.Ordinary],
        Senior = row.Bool("senior", defaultValue: false),
        Consent = new Consent(row.Bool("shareWithEmployers"), row.Bool("shareAcrossNetworks")),
        Contact = row.Text("contactName") + row.Text("contactEmail") + row.Text("contactPhone") == "" ? null
            : new Contact(row.Optional("contactName"), row.Optional("contactEmail"), row.Optional("contactPhone")),
    };

    private static OccupationExperience Occupation(string value)
    {
        var colon = value.LastIndexOf(':');
        if (colon < 0) return new OccupationExperience(value, 0);
        return int.TryParse(value[(colon + 1)..], out var years)
            ? new OccupationExperience(value[..colon].Trim(), years)
            : throw new FormatException($"occupations: '{value}' is not 'title:years'.");
    }
}
