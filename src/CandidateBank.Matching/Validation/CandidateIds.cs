using System.Text.RegularExpressions;

namespace CandidateBank.Matching.Validation;

/// <summary>
/// What a candidate id may be, on every door (bus, REST body, URL): plain ASCII, so lookalikes (a U+2010 hyphen, a
/// fullwidth letter, a zero-width space) cannot make a second candidate that reads like the first, and every id fits
/// a URL segment unescaped.
/// </summary>
public static partial class CandidateIds
{
    public const int MaxLength = 100;
    public const string Rule = "may hold only the ASCII letters A-Z and a-z, digits, '.', '_' and '-'.";

    public static bool HasAllowedCharacters(string id) => Characters().IsMatch(id);

    /// <summary>Why <paramref name="id"/> is not a candidate id, or null when it is one.</summary>
    public static string? Problem(string? id) =>
        string.IsNullOrEmpty(id) ? "is required."
        : id.Length > MaxLength ? $"must be at most {MaxLength} characters."
        : Characters().IsMatch(id) ? null
        : Rule;

    [GeneratedRegex(@"^[A-Za-z0-9._-]+$")]
    private static partial Regex Characters();
}
