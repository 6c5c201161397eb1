using System.Collections.Frozen;

namespace CandidateBank.Matching.Rules;

/// <summary>
/// Danish driving licence classes and what each one also entitles its holder to drive
/// (CE covers C and B, C covers B, D covers B, DE covers D).
/// </summary>
public static class DriversLicences
{
    private static readonly FrozenDictionary<string, string[]> Covers = new Dictionary<string, string[]>
    {
        ["AM"] = ["AM"],
        ["A1"] = ["A1", "AM"],
        ["A2"] = ["A2", "A1", "AM"],
        ["A"] = ["A", "A2", "A1", "AM"],
        ["B"] = ["B", "AM"],
        ["BE"] = ["BE", "B", "AM"],
        ["C1"] = ["C1", "B", "AM"],
        ["C1E"] = ["C1E", "C1", "BE", "B", "AM"],
        ["C"] = ["C", "C1", "B", "AM"],
        ["CE"] = ["CE", "C", "C1E", "C1", "BE", "B", "AM"],
        ["D1"] = ["D1", "B", "AM"],
        ["D1E"] = ["D1E", "D1", "BE", "B", "AM"],
        ["D"] = ["D", "D1", "B", "AM"],
        ["DE"] = ["DE", "D", "D1E", "D1", "BE", "B", "AM"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> KnownClasses => Covers.Keys;

    public static bool IsKnown(string licenceClass) => Covers.ContainsKey(licenceClass.Trim());

    public static string Canonical(string licenceClass) => licenceClass.Trim().ToUpperInvariant();

    /// <summary>Every class the held licences entitle their holder to drive.</summary>
    public static IReadOnlySet<string> Entitlements(IEnumerable<string> held) =>
        held.Where(IsKnown).SelectMany(l => Covers[l.Trim()]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static bool Satisfies(IEnumerable<string> held, IEnumerable<string> required)
    {
        var entitled = Entitlements(held);
        return required.All(entitled.Contains);
    }
}
