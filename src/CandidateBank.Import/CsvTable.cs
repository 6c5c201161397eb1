namespace CandidateBank.Import;

/// <summary>One data row of a CSV file, by column name, with the line it starts on.</summary>
public sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// CSV as registers and spreadsheets export it: a header row, ';' or ',' as separator (whichever the header uses more),
/// UTF-8 with or without a byte order mark, blank lines ignored, values trimmed.
/// </summary>
public static class CsvTable
{
    /// <exception cref="InvalidDataException">The file is empty, lacks a required column or has one not in <paramref name="knownColumns"/>.</exception>
    public static IEnumerable<CsvRow> Read(TextReader reader, IReadOnlyCollection<string> requiredColumns, IReadOnlyCollection<string> knownColumns)
    {
        var headerLine = reader.ReadLine()?.TrimStart('\uFEFF') ?? throw new InvalidDataException("The file is empty: a header row is needed.");
        var separator = headerLine.Count(c => c == ';') >= headerLine.Count(c => c == ',') ? ';' : ',';
        var header = Csv.Split(headerLine, separator).Select(h => h.Trim()).ToArray();
        var missing = requiredColumns.Except(header, StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"The header lacks the columns: {string.Join(", ", missing)}.");
        var unknown = header.Where(h => h.Length > 0).Except(knownColumns, StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
            throw new InvalidDataException($"The header has columns this file does not take, whose values would be lost: {string.Join(", ", unknown)}. " +
                $"The columns are: {string.Join(", ", knownColumns)}.");
        return Rows(reader, header, separator);
    }

    private static IEnumerable<CsvRow> Rows(TextReader reader, string[] header, char separator)
    {
        var line = 1;
        foreach (var (start, fields) in Csv.Records(reader, separator, () => ++line))
        {
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++) values[header[i]] = i < fields.Count ? fields[i].Trim() : "";
            yield return new CsvRow(start, values);
        }
    }
}
