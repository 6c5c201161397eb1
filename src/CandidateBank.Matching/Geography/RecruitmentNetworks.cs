using System.Collections.Frozen;

namespace CandidateBank.Matching.Geography;

/// <summary>
/// Which municipalities recruit together. A candidate who has not consented to sharing across
/// networks is matched only to orders whose work municipality lies in the candidate's own network.
/// </summary>
public sealed class RecruitmentNetworks
{
    private readonly FrozenDictionary<string, string> _networkOf;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Members { get; }

    public RecruitmentNetworks(IReadOnlyDictionary<string, IReadOnlyList<string>> members)
    {
        Members = members;
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (network, municipalities) in members)
            foreach (var municipality in municipalities)
                if (!pairs.TryAdd(municipality, network))
                    throw new ArgumentException($"Municipality '{municipality}' is in two networks: '{pairs[municipality]}' and '{network}'.");
        _networkOf = pairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The network a municipality belongs to, or null when it is in none.</summary>
    public string? NetworkOf(string municipality) => _networkOf.GetValueOrDefault(municipality.Trim());

    public static RecruitmentNetworks Defaults { get; } = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["Bygge & Anlæg Østjylland"] =
            ["Aarhus", "Randers", "Favrskov", "Silkeborg", "Skanderborg", "Odder", "Horsens", "Hedensted", "Syddjurs", "Norddjurs"],
        ["Rekrutteringsservice Fyn"] =
            ["Assens", "Faaborg-Midtfyn", "Kerteminde", "Langeland", "Nordfyn", "Nyborg", "Odense", "Svendborg", "Ærø"],
        ["JRS Sjælland"] =
            ["Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre", "Lolland", "Næstved",
             "Odsherred", "Ringsted", "Roskilde", "Slagelse", "Solrød", "Sorø", "Stevns", "Vordingborg"],
    });
}
