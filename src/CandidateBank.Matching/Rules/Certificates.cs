using System.Text.RegularExpressions;

namespace CandidateBank.Matching.Rules;

/// <summary>Certificate names as partners write them differ in case and spacing; compare on a normal form.</summary>
public static partial class Certificates
{
    public static string Normalise(string certificate) => Whitespace().Replace(certificate.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
