using System.Globalization;

namespace CandidateBank.Import;

/// <summary>
/// Typed values from a CSV row, read the way Danish exports write them: dates as <see cref="DateText"/> reads them,
/// decimals with a comma and '.' thousands separators, yes/no as ja/nej, lists separated by '|'.
/// A value that cannot be read is a <see cref="FormatException"/> naming the column.
/// </summary>
public static class CsvValues
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string Text(this IReadOnlyDictionary<string, string> row, string column) => row.GetValueOrDefault(column) ?? "";

    public static string? Optional(this IReadOnlyDictionary<string, string> row, string column) => row.Text(column) is { Length: > 0 } v ? v : null;

    public static List<string> List(this IReadOnlyDictionary<string, string> row, string column) =>
        row.Text(column).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public static int Int(this IReadOnlyDictionary<string, string> row, string column) =>
        int.TryParse(row.Text(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value : throw new FormatException($"{column}: '{row.Text(column)}' is not a whole number.");

    public static DateOnly Date(this IReadOnlyDictionary<string, string> row, string column) =>
        row.OptionalDate(column) ?? throw new FormatException($"{column}: a date is required.");

    public static DateOnly? OptionalDate(this IReadOnlyDictionary<string, string> row, string column) =>
        row.Text(column) is not { Length: > 0 } text ? null
        : DateText.TryRead(text, out var value) ? value : throw new FormatException($"{column}: '{text}' is not a date ({DateText.Formats}).");

    /// <summary>"1.234.567,50" (Danish) or "1234567.50"; "12.500" is twelve thousand five hundred, as a Danish export means it.</summary>
    public static decimal? OptionalDecimal(this IReadOnlyDictionary<string, string> row, string column)
    {
        var text = row.Text(column).Replace(" ", "").Replace("kr.", "", StringComparison.OrdinalIgnoreCase);
        if (text.Length == 0) return null;
        var danish = text.Contains(',') || text.Count(c => c == '.') > 1 || (text.Contains('.') && text.Length - text.LastIndexOf('.') == 4);
        return decimal.TryParse(text, NumberStyles.Number, danish ? Danish : CultureInfo.InvariantCulture, out var value)
            ? value : throw new FormatException($"{column}: '{row.Text(column)}' is not an amount (e.g. 12.500.000,00).");
    }

    public static bool Bool(this IReadOnlyDictionary<string, string> row, string column, bool? defaultValue = null) =>
        row.Text(column).ToLowerInvariant() switch
        {
            "true" or "ja" or "yes" or "1" => true,
            "false" or "nej" or "no" or "0" => false,
            "" when defaultValue is { } d => d,
            var other => throw new FormatException($"{column}: '{other}' is not true/false (ja/nej)."),
        };
}
