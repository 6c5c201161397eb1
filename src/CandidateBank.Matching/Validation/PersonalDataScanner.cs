using System.Text.RegularExpressions;

namespace CandidateBank.Matching.Validation;

/// <summary>
/// Data minimisation: CPR numbers are never accepted anywhere, and a profile's contact details belong in
/// <c>contact</c> only, never in free text that is indexed and shown to employers.
/// </summary>
public static partial class PersonalDataScanner
{
    /// <summary>ddmmyy-xxxx or ddmmyyxxxx with a real day and month, not inside a longer number.</summary>
    [GeneratedRegex(@"(?<![\d])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-\s]?\d{4}(?![\d])")]
    private static partial Regex CprNumber();

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]{2,}")]
    private static partial Regex EmailAddress();

    /// <summary>
    /// Danish phone numbers: +45/0045 and eight digits, eight digits in a row, or four pairs apart ("20 30 40 50").
    /// Not four-and-four with a dash, which in a CV is a span of years (2019-2021).
    /// </summary>
    [GeneratedRegex(@"(?<![\d])((\+45|0045)[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}|\d{8}|\d{2} \d{2} \d{2} \d{2})(?![\d])")]
    private static partial Regex PhoneNumber();

    public static bool ContainsCpr(string? text) => text is not null && CprNumber().IsMatch(text);

    public static bool ContainsContactDetails(string? text) => text is not null && (EmailAddress().IsMatch(text) || PhoneNumber().IsMatch(text));
}
