using System.Globalization;
using CandidateBank.Contracts;
using CandidateBank.Matching.Rules;

namespace CandidateBank.Matching.Validation;

/// <summary>The rules profiles, orders and tenders share, each worded in English and Danish where it is written.</summary>
public sealed partial class MessageValidator
{
    /// <summary>The Danish wording's numbers and dates: "10.000 tegn", "1. januar 1900".</summary>
    private static readonly CultureInfo DanishCulture = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Free text is shown in emails and web pages: no CPR number, no control characters, no lone halves of a surrogate pair.</summary>
    public static void CheckFreeText(ValidationResult result, string field, string? text, bool isPhone = false)
    {
        result.Require(isPhone ? !PersonalDataScanner.ContainsCprInPhone(text) : !PersonalDataScanner.ContainsCpr(text), field,
            "must not contain a CPR number.", "må ikke indeholde et CPR-nummer.");
        result.Require(IsPrintable(text), field,
            "must not contain control characters (other than line breaks and tabs) or broken Unicode.",
            "må ikke indeholde kontroltegn (bortset fra linjeskift og tabulatorer) eller ødelagte Unicode-tegn.");
    }

    private static bool IsPrintable(string? text)
    {
        if (text is null) return true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return false;
        }
        return true;
    }

    private static void RequireEmail(ValidationResult result, string field, string? value) =>
        result.Require(LooksLikeEmail(value), field,
            "must be an email address in ASCII (as the schemas' 'email' format): 'søren@…' is written 'soeren@…'.",
            "skal være en e-mailadresse uden æ, ø og å (kun ASCII-tegn): 'søren@…' skrives 'soeren@…'.");

    /// <summary>
    /// What the schemas' <c>format: email</c> accepts (SchemaTests holds the two together), so a message the REST API
    /// takes is never dead-lettered by the indexer's schema check: ASCII only, one '@', a dotted domain.
    /// </summary>
    private static bool LooksLikeEmail(string? value) =>
        value is { Length: > 2 and <= 254 } && EmailPattern().IsMatch(value);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")]
    private static partial System.Text.RegularExpressions.Regex EmailPattern();

    private static void RequireBetween(ValidationResult result, string field, bool isBetween, int low, int high) =>
        result.Require(isBetween, field, $"must be between {low} and {high}.", $"skal være mellem {low} og {high}.");

    private static void RequireDate(ValidationResult result, string field, DateOnly date) =>
        result.Require(date >= EarliestDate && date <= LatestDate, field,
            $"must be a date between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.",
            string.Create(DanishCulture, $"skal være en dato mellem {EarliestDate:d. MMMM yyyy} og {LatestDate:d. MMMM yyyy}."));

    private static void RequireEmploymentType(ValidationResult result, string field, string? type) =>
        result.Require(EmploymentType.All.Contains(type), field,
            $"'{type}' is not one of: ordinary, temporary.", $"'{type}' er ikke en af ansættelsesformerne ordinary og temporary.");

    private static void AddRequired(ValidationResult result, string field) => result.Add(field, "is required.", "skal udfyldes.");

    /// <summary>Text that may be left out, but not be too long.</summary>
    private static void RequireAtMost(ValidationResult result, string field, string? value, int maxLength) =>
        result.Require(value is null || value.Length <= maxLength, field, $"must be at most {maxLength} characters.",
            string.Create(DanishCulture, $"må højst være {maxLength:N0} tegn."));

    private static void RequireText(ValidationResult result, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) AddRequired(result, field);
        else RequireAtMost(result, field, value, maxLength);
    }

    private void RequireMunicipality(ValidationResult result, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) AddRequired(result, field);
        else if (!municipalities.Contains(value))
        {
            if (municipalities.Nearest(value) is { Count: > 0 } nearest)
                result.Add(field, $"'{value}' is not a Danish municipality; did you mean {string.Join(" or ", nearest)}?",
                    $"'{value}' er ikke en dansk kommune; mente du {string.Join(" eller ", nearest)}?");
            else result.Add(field, $"'{value}' is not a Danish municipality.", $"'{value}' er ikke en dansk kommune.");
        }
    }

    private static void CheckList<T>(ValidationResult result, string field, IReadOnlyList<T>? list)
    {
        if (list is null) result.Add(field, "must be a list, not null.", "skal være en liste, ikke null.");
        else if (list.Count > MaxListLength) result.Add(field, $"must have at most {MaxListLength} entries.", $"må højst indeholde {MaxListLength} elementer.");
    }

    private static void CheckStrings(ValidationResult result, string field, IReadOnlyList<string>? list)
    {
        CheckList(result, field, list);
        for (var i = 0; i < (list?.Count ?? 0); i++)
            RequireText(result, $"{field}[{i}]", list![i], 200);
    }

    private static void CheckLicences(ValidationResult result, string field, IReadOnlyList<string>? list)
    {
        CheckList(result, field, list);
        var known = string.Join(", ", DriversLicences.KnownClasses);
        for (var i = 0; i < (list?.Count ?? 0); i++)
            if (list![i] is not { } licence || !DriversLicences.IsKnown(licence))
                result.Add($"{field}[{i}]", $"'{list[i]}' is not a Danish driving licence class ({known}).",
                    $"'{list[i]}' er ikke en dansk kørekortkategori ({known}).");
    }

    private static void CheckLanguages(ValidationResult result, string field, IReadOnlyList<string>? list)
    {
        CheckList(result, field, list);
        for (var i = 0; i < (list?.Count ?? 0); i++)
            if (list![i] is not { Length: 2 } code || !code.All(char.IsAsciiLetterLower))
                result.Add($"{field}[{i}]", $"'{list[i]}' is not an ISO 639-1 language code (two lower-case letters, e.g. da, en).",
                    $"'{list[i]}' er ikke en ISO 639-1-sprogkode (to små bogstaver, f.eks. da for dansk og en for engelsk).");
    }
}
