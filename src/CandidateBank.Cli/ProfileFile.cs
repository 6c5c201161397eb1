using System.Globalization;
using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Import;

namespace CandidateBank.Cli;

/// <summary>One row of a partner's file: the profile it holds, or why it could not be read.</summary>
public sealed record ProfileRow(int Line, CandidateProfile? Profile, string? Error);

/// <summary>
/// Reads candidate profiles from a JSON array, from JSON lines, or from CSV with a header row
/// (separator ';' or ','; lists separated by '|'; occupations as "title:years").
/// </summary>
public static class ProfileFile
{
    public static IEnumerable<ProfileRow> Read(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(path),
            ".json" => ReadJson(path),
            ".jsonl" or ".ndjson" => ReadJsonLines(File.ReadLines(path)),
            var other => throw new UsageException($"Cannot read '{other}' files: use .json, .jsonl or .csv."),
        };

    private static IEnumerable<ProfileRow> ReadJson(string path)
    {
        var text = File.ReadAllText(path);
        if (text.TrimStart().StartsWith('['))
        {
            JsonElement[] items;
            try { items = JsonSerializer.Deserialize<JsonElement[]>(text)!; }
            catch (JsonException e) { throw new UsageException($"{path} is not a JSON array: {e.Message}"); }
            for (var i = 0; i < items.Length; i++)
                yield return Parse(i + 1, items[i].GetRawText());
            yield break;
        }
        foreach (var row in ReadJsonLines(text.Split('\n'))) yield return row;
    }

    /// <summary>Line by line, so a generated file of a million profiles is never read into one string.</summary>
    private static IEnumerable<ProfileRow> ReadJsonLines(IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line)) yield return Parse(number, line);
        }
    }

    private static ProfileRow Parse(int line, string json)
    {
        try { return new ProfileRow(line, JsonSerializer.Deserialize<CandidateProfile>(json, ContractJson.Strict), null); }
        catch (JsonException e) { return new ProfileRow(line, null, JsonProblems.Describe(e)); }
    }

    private static IEnumerable<ProfileRow> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        IEnumerable<CsvRow> rows;
        try { rows = CsvTable.Read(reader, CsvColumns.Required, CsvColumns.Known); }
        catch (InvalidDataException e) { throw new UsageException($"{path}: {e.Message}"); }
        foreach (var row in rows)
        {
            ProfileRow result;
            try { result = new ProfileRow(row.Line, CsvColumns.ToProfile(row.Values), null); }
            catch (FormatException e) { result = new ProfileRow(row.Line, null, e.Message); }
            yield return result;
        }
    }
}
