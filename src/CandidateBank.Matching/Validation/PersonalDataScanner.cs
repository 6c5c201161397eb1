using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CandidateBank.Matching.Validation;

/// <summary>
/// Data minimisation: CPR numbers are never accepted anywhere, and a profile's contact details belong in
/// <c>contact</c> only, never in free text that is indexed and shown to employers. Text is read as a person would read
/// it: fullwidth and other digit scripts are digits, every dash is a dash, invisible format characters are not there.
/// </summary>
public static partial class PersonalDataScanner
{
    /// <summary>ddmmyy-xxxx with a real day and month, the parts apart or joined by '-', space, '.' or '/', not inside a longer number.</summary>
    [GeneratedRegex(@"(?<![\d])(0[1-9]|[12]\d|3[01])[-\s./]?(0[1-9]|1[0-2])[-\s./]?\d{2}[-\s./]?\d{4}(?![\d])")]
    private static partial Regex CprNumber();

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]{2,}")]
    private static partial Regex EmailAddress();

    /// <summary>
    /// Danish phone numbers: +45/0045 and eight digits, eight digits in a row, or four pairs apart ("20 30 40 50").
    /// Not four-and-four with a dash, which in a CV is a span of years (2019-2021), and not a number labelled CVR.
    /// </summary>
    [GeneratedRegex(@"(?<![\d])(?<!cvr[\s\-:.]*(nr[\s\-:.]*)?)((\+45|0045)[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}|\d{8}|\d{2} \d{2} \d{2} \d{2})(?![\d])", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneNumber();

    /// <summary>A phone number that starts with another country's code (+46…, 0047…): whatever its digits, no CPR number.</summary>
    [GeneratedRegex(@"^\s*(\+|00)(?!45)\d")]
    private static partial Regex ForeignPhoneNumber();

    public static bool ContainsCpr(string? text) => text is not null && CprNumber().IsMatch(Normalised(text));

    /// <summary>Like <see cref="ContainsCpr"/>, for a phone field: a number with a foreign country code is a phone number.</summary>
    public static bool ContainsCprInPhone(string? phone) => phone is not null && !ForeignPhoneNumber().IsMatch(Normalised(phone)) && ContainsCpr(phone);

    public static bool ContainsContactDetails(string? text)
    {
        if (text is null) return false;
        var normalised = Normalised(text);
        return EmailAddress().IsMatch(normalised) || PhoneNumber().IsMatch(normalised);
    }

    /// <summary>NFKC, format characters (zero-width and the like) removed, every dash '-', every decimal digit 0-9.</summary>
    public static string Normalised(string text)
    {
        var compatible = text.Normalize(NormalizationForm.FormKC);
        var plain = new StringBuilder(compatible.Length);
        for (var i = 0; i < compatible.Length; i++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(compatible, i);
            var width = char.IsSurrogatePair(compatible, i) ? 2 : 1;
            if (category == UnicodeCategory.Format) { i += width - 1; continue; }
            if (category == UnicodeCategory.DashPunctuation || compatible[i] == '\u2212') plain.Append('-');
            else if (category == UnicodeCategory.DecimalDigitNumber) plain.Append((char)('0' + (int)CharUnicodeInfo.GetNumericValue(compatible, i)));
            else plain.Append(compatible, i, width);
            i += width - 1;
        }
        return plain.ToString();
    }
}
