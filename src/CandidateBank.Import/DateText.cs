using System.Globalization;

namespace CandidateBank.Import;

/// <summary>
/// Dates as people in Danish offices type them, read the same in CSV files and in query parameters: yyyy-mm-dd,
/// dd-mm-yyyy or dd.mm.yyyy (day first, never the American month first).
/// </summary>
public static class DateText
{
    public const string Formats = "yyyy-mm-dd, dd-mm-yyyy or dd.mm.yyyy";

    private static readonly string[] Patterns = ["yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy", "d-M-yyyy", "d.M.yyyy"];

    public static bool TryRead(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Patterns, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
