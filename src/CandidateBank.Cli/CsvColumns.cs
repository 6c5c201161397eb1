using System.Globalization;
using CandidateBank.Contracts;

namespace CandidateBank.Cli;

/// <summary>The CSV layout of a candidate profile: one column per field, lists separated by '|'.</summary>
public static class CsvColumns
{
    public static readonly string[] Required =
        ["candidateId", "jobCentre", "version", "headline", "homeMunicipality", "maxCommuteKm", "availableFrom", "shareWithEmployers", "shareAcrossNetworks"];

    public static CandidateProfile ToProfile(IReadOnlyDictionary<string, string> row) => new()
    {
        CandidateId = row["candidateId"],
        JobCentre = row["jobCentre"],
        Version = Int(row, "version"),
        Headline = row["headline"],
        Summary = Get(row, "summary"),
        Occupations = List(row, "occupations").Select(Occupation).ToList(),
        Skills = List(row, "skills"),
        Certificates = List(row, "certificates"),
        DriversLicences = List(row, "driversLicences"),
        Languages = List(row, "languages"),
        HomeMunicipality = row["homeMunicipality"],
        MaxCommuteKm = Int(row, "maxCommuteKm"),
        AvailableFrom = Date(row, "availableFrom"),
        EmploymentTypes = List(row, "employmentTypes") is { Count: > 0 } types ? types : [EmploymentType.Ordinary],
        Senior = Bool(row, "senior", defaultValue: false),
        Consent = new Consent(Bool(row, "shareWithEmployers"), Bool(row, "shareAcrossNetworks")),
        Contact = Get(row, "contactName") + Get(row, "contactEmail") + Get(row, "contactPhone") == "" ? null
            : new Contact(Nullable(row, "contactName"), Nullable(row, "contactEmail"), Nullable(row, "contactPhone")),
    };

    private static string Get(IReadOnlyDictionary<string, string> row, string column) => row.GetValueOrDefault(column) ?? "";

    private static string? Nullable(IReadOnlyDictionary<string, string> row, string column) => Get(row, column) is { Length: > 0 } v ? v : null;

    private static List<string> List(IReadOnlyDictionary<string, string> row, string column) =>
        Get(row, column).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static int Int(IReadOnlyDictionary<string, string> row, string column) =>
        int.TryParse(Get(row, column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value : throw new FormatException($"{column}: '{Get(row, column)}' is not a whole number.");

    private static DateOnly Date(IReadOnlyDictionary<string, string> row, string column) =>
        DateOnly.TryParseExact(Get(row, column), ["yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value : throw new FormatException($"{column}: '{Get(row, column)}' is not a date (yyyy-mm-dd or dd-mm-yyyy).");

    private static bool Bool(IReadOnlyDictionary<string, string> row, string column, bool? defaultValue = null) =>
        Get(row, column).ToLowerInvariant() switch
        {
            "true" or "ja" or "yes" or "1" => true,
            "false" or "nej" or "no" or "0" => false,
            "" when defaultValue is { } d => d,
            var other => throw new FormatException($"{column}: '{other}' is not true/false (ja/nej)."),
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
