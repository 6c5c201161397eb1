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

    /// <summary>The property a problem is about (its JSON path without "$."), or null for the message as a whole.</summary>
    public static string? Field(JsonException problem) =>
        string.IsNullOrEmpty(problem.Path) || problem.Path == "$" ? null : problem.Path.TrimStart('$', '.');

    public static string Describe(JsonException problem)
    {
        var message = problem.Message;
        var field = Field(problem);
        if (Unmapped().Match(message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            var known = PropertiesOf(unmapped.Groups["type"].Value);
            var nearest = known.MinBy(k => Distance(k, name));
            var hint = nearest is not null && Distance(nearest, name) <= Math.Max(2, name.Length / 3) ? $"; did you mean '{nearest}'?" : ".";
            var path = field is null || field == name || field.EndsWith("." + name, StringComparison.Ordinal) ? field ?? name : $"{field}.{name}";
            return $"Unknown property '{path}': it is not part of this message and would be lost{hint}";
        }
        if (MissingRequired().Match(message) is { Success: true } missing)
            return $"Missing required properties{(field is null ? "" : $" in '{field}'")}: {string.Join(", ", missing.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim('\'')))}.";
        if (NotConverted().Match(message) is { Success: true } converted)
        {
            var type = converted.Groups["type"].Value.Split('.').Last().TrimEnd('[', ']');
            var wanted = Expected.GetValueOrDefault(type, type.StartsWith("IReadOnlyList", StringComparison.Ordinal) || converted.Groups["type"].Value.Contains("List") ? "an array" : "another kind of value");
            return $"{(field is null ? "The body" : $"'{field}'")} could not be converted: expected {wanted}.";
        }
        // Reader errors (malformed JSON) say where; strip the internal "Path: … | LineNumber" tail to our format.
        var plain = message.Split(" Path:", 2)[0];
        return field is null ? plain : $"'{field}': {plain}";
    }

    private static IReadOnlyList<string> PropertiesOf(string typeName)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        if (type is null) return [];
        try { return ContractJson.Options.GetTypeInfo(type).Properties.Select(p => p.Name).ToList(); }
        catch (NotSupportedException) { return []; }
    }

    private static int Distance(string a, string b) => EditDistance.Between(a.ToLowerInvariant(), b.ToLowerInvariant());

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped to any \.NET member contained in type '(?<type>[^']*)'")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"was missing required properties(?: including)?: (?<names>.*?)\.?\s*(?:Path:|$)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"could not be converted to (?<type>[^\s.]+(?:\.[^\s.]+)*)")]
    private static partial Regex NotConverted();
}
