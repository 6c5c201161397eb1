using System.Text.Json;
using System.Text.RegularExpressions;

namespace CandidateBank.Contracts;

/// <summary>
/// Why a body could not be read, in our own words and the same on every door (REST, CLI): the property by its JSON
/// path, an unknown property named with the nearest one the message has, and no .NET type names.
/// </summary>
public static partial class JsonProblems
{
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["DateOnly"] = "a date written yyyy-mm-dd",
        ["DateTimeOffset"] = "a date and time in ISO 8601 (2027-03-01T08:00:00+01:00)",
        ["DateTime"] = "a date and time in ISO 8601",
        ["Int32"] = "a whole number",
        ["Int64"] = "a whole number",
        ["Decimal"] = "a number",
        ["Double"] = "a number",
        ["Boolean"] = "true or false",
        ["String"] = "a string",
    };

    /// <summary>What was wrong, as one sentence (<paramref name="Detail"/>) and per JSON path ("" for the body as a whole).</summary>
    public sealed record Report(string Detail, IReadOnlyDictionary<string, string[]> Errors);

    public static string Describe(JsonException problem) => Read(problem).Detail;

    public static Report Read(JsonException problem)
    {
        var message = problem.Message;
        var field = PathOf(problem.Path);
        if (Unmapped().Match(message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            var known = PropertiesOf(unmapped.Groups["type"].Value);
            var nearest = known.MinBy(k => Distance(k, name));
            var hint = nearest is not null && Distance(nearest, name) <= Math.Max(2, name.Length / 3) ? $"; did you mean '{nearest}'?" : ".";
            var path = field is null || field == name || field.EndsWith("." + name, StringComparison.Ordinal) ? field ?? name : $"{field}.{name}";
            var why = $"is not part of this message and would be lost{hint}";
            return new($"Unknown property '{path}': it {why}", One(path, $"is an unknown property: it {why}"));
        }
        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim('\'')).ToList();
            var prefix = field is null ? "" : field + ".";
            return new($"Missing required properties{(field is null ? "" : $" in '{field}'")}: {string.Join(", ", names)}.",
                names.ToDictionary(n => prefix + n, _ => new[] { "is required." }));
        }
        if (NullNotAllowed().Match(message) is { Success: true } nulled)
        {
            var name = nulled.Groups["name"].Value;
            var path = field is null ? name : field.EndsWith(name, StringComparison.OrdinalIgnoreCase) ? field : $"{field}.{name}";
            return new($"'{path}' must not be null.", One(path, "must not be null."));
        }
        if (NotConverted().Match(message) is { Success: true } converted)
        {
            var type = converted.Groups["type"].Value;
            var wanted = type.Contains("List", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) ? "an array"
                : Expected.GetValueOrDefault(type.Split('.').Last(), "another kind of value");
            return new($"{(field is null ? "The body" : $"'{field}'")} could not be converted: expected {wanted}.", One(field ?? "", $"must be {wanted}."));
        }
        // Reader errors (malformed JSON) say where; strip the internal "Path: … | LineNumber" tail to our format.
        var plain = WithoutTypeNames(message.Split(" Path:", 2)[0]);
        var at = problem.LineNumber is { } line ? $" (line {line + 1}, byte {problem.BytePositionInLine + 1})" : "";
        return new(field is null ? $"The body is not valid JSON{at}: {plain}" : $"'{field}': {plain}", One(field ?? "", $"is not valid JSON{at}: {plain}"));
    }

    /// <summary>A framework message with any .NET type name it holds replaced: the last guard before an answer.</summary>
    public static string WithoutTypeNames(string message) => TypeName().Replace(message, "the value");

    /// <summary>"$.company.cvr" as "company.cvr"; names the reader writes in brackets ("$['a b']") joined the same way.</summary>
    private static string? PathOf(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$") return null;
        return Bracketed().Replace(jsonPath, match => "." + match.Groups["name"].Value).TrimStart('$', '.');
    }

    private static Dictionary<string, string[]> One(string path, string problem) => new() { [path] = [problem] };

    private static IReadOnlyList<string> PropertiesOf(string typeName)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        if (type is null) return [];
        try { return ContractJson.Options.GetTypeInfo(type).Properties.Select(p => p.Name).ToList(); }
        catch (NotSupportedException) { return []; }
    }

    private static int Distance(string a, string b) => EditDistance.Between(a.ToLowerInvariant(), b.ToLowerInvariant());

    [GeneratedRegex(@"\['(?<name>.*?)'\](?=\.|\[|$)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"The JSON property '(?<name>.*)' could not be mapped to any \.NET member contained in type '(?<type>[^']*)'")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"was missing required properties(?: including)?: (?<names>.*?)\.?\s*(?:Path:|$)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"(?:property or field|constructor parameter) '(?<name>.*?)' on type '[^']*' doesn't allow (?:setting |getting )?null")]
    private static partial Regex NullNotAllowed();

    // Safety net for reader messages not read above: no .NET type name reaches an answer.
    [GeneratedRegex(@"'?\b(?:System|CandidateBank|Microsoft)\.[\w.`\[\],]+'?")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"could not be converted to (?<type>[^\s.]+(?:\.[^\s.]+)*)")]
    private static partial Regex NotConverted();
}
