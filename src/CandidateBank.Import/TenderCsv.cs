using CandidateBank.Contracts;

namespace CandidateBank.Import;

/// <summary>One row of a tender register export: the award it holds, or why it was not taken.</summary>
public sealed record TenderRow(int Line, TenderAwarded? Award, string? Error, bool Duplicate = false);

/// <summary>
/// Tender awards from a register's CSV export (see <see cref="CsvTable"/> for the formats accepted): one award per row,
/// trades separated by '|' or ','. A row repeating an earlier one is a duplicate and skipped; a row with the same
/// tenderId but other content is an error, since the file cannot say which is right.
/// </summary>
public static class TenderCsv
{
    public static readonly string[] Required =
        ["tenderId", "project", "buyer", "cvr", "companyName", "workMunicipality", "awardedOn", "startDate", "trades", "source"];

    public static readonly string[] Known = [.. Required, "companyMunicipality", "contactPerson", "endDate", "valueDkk"];

    /// <exception cref="InvalidDataException">The file is empty or lacks a required column.</exception>
    public static IEnumerable<TenderRow> Read(TextReader reader)
    {
        var seen = new Dictionary<string, (int Line, TenderAwarded Award)>();
        foreach (var row in CsvTable.Read(reader, Required, Known))
        {
            var (award, error) = Parse(row.Values);
            if (award is null)
            {
                yield return new TenderRow(row.Line, null, error);
                continue;
            }

            if (seen.TryGetValue(award.TenderId, out var earlier))
            {
                yield return Same(earlier.Award, award)
                    ? new TenderRow(row.Line, null, $"repeats line {earlier.Line}", Duplicate: true)
                    : new TenderRow(row.Line, null, $"tenderId '{award.TenderId}' is also on line {earlier.Line} with other details");
                continue;
            }
            seen[award.TenderId] = (row.Line, award);
            yield return new TenderRow(row.Line, award, null);
        }
    }

    private static (TenderAwarded? Award, string? Error) Parse(IReadOnlyDictionary<string, string> row)
    {
        try { return (ToAward(row), null); }
        catch (FormatException e) { return (null, e.Message); }
    }

    private static TenderAwarded ToAward(IReadOnlyDictionary<string, string> row) => new()
    {
        TenderId = row.Text("tenderId"),
        Project = row.Text("project"),
        Buyer = row.Text("buyer"),
        Cvr = row.Text("cvr").Replace(" ", "").Replace("DK", "", StringComparison.OrdinalIgnoreCase),
        CompanyName = row.Text("companyName"),
        CompanyMunicipality = row.Optional("companyMunicipality"),
        ContactPerson = row.Optional("contactPerson"),
        WorkMunicipality = row.Text("workMunicipality"),
        AwardedOn = row.Date("awardedOn"),
        StartDate = row.Date("startDate"),
        EndDate = row.OptionalDate("endDate"),
        ValueDkk = row.OptionalDecimal("valueDkk") is { } value
            ? value is >= long.MinValue and <= long.MaxValue ? (long)Math.Round(value, MidpointRounding.AwayFromZero)
                : throw new FormatException($"valueDkk: '{row.Text("valueDkk")}' is too large an amount.")
            : null,
        Trades = row.Text("trades").Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Source = row.Text("source"),
    };

    private static bool Same(TenderAwarded a, TenderAwarded b) => a with { Trades = [] } == b with { Trades = [] } && a.Trades.SequenceEqual(b.Trades);
}
