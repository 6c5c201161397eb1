using CandidateBank.Contracts;
using System.Collections.Frozen;
using System.Text.Json;

namespace CandidateBank.Matching.Geography;

/// <summary>
/// The 98 Danish municipalities with the coordinates of their main town, shipped as data.
/// Distances are great-circle kilometres between main towns: a stable, explainable proxy for commute.
/// </summary>
public sealed class Municipalities
{
    private readonly FrozenDictionary<string, Municipality> _byName;
    private readonly double[,] _distanceKm;
    private readonly FrozenDictionary<string, int> _ordinal;

    public IReadOnlyList<Municipality> All { get; }

    public static Municipalities Denmark { get; } = Load();

    private Municipalities(IReadOnlyList<Municipality> all)
    {
        All = all;
        _byName = all.ToFrozenDictionary(m => Key(m.Name), StringComparer.Ordinal);
        _ordinal = all.Select((m, i) => (Key(m.Name), i)).ToFrozenDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
        _distanceKm = new double[all.Count, all.Count];
        for (var i = 0; i < all.Count; i++)
            for (var j = 0; j < all.Count; j++)
                _distanceKm[i, j] = GreatCircleKm(all[i], all[j]);
    }

    /// <summary>
    /// A municipality by any of the forms people write its name in: any case and spacing, "Aarhus Kommune", "Århus" for
    /// Aarhus, "Høje Taastrup" for Høje-Taastrup, "Koege" for Køge.
    /// </summary>
    public bool TryGet(string? name, out Municipality municipality)
    {
        municipality = null!;
        return name is not null && _byName.TryGetValue(Key(name), out municipality!);
    }

    public bool Contains(string? name) => TryGet(name, out _);

    /// <summary>The official spelling, so "aarhus ", "Århus" and "Aarhus Kommune" are stored and indexed as "Aarhus".</summary>
    public string Canonical(string name) => TryGet(name, out var m) ? m.Name : name;

    /// <summary>The official names nearest to an unknown one, best first: for "did you mean".</summary>
    public IReadOnlyList<string> Nearest(string name, int count = 3)
    {
        var key = Key(name);
        return All.Select(m => (m.Name, Distance: EditDistance.Between(Key(m.Name), key)))
            .Where(m => m.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(m => m.Distance).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Take(count).Select(m => m.Name).ToList();
    }

    public double DistanceKm(string from, string to) => _distanceKm[_ordinal[Key(from)], _ordinal[Key(to)]];

    /// <summary>Every municipality whose main town lies within <paramref name="maxKm"/> of <paramref name="home"/>, home included.</summary>
    public IEnumerable<string> Reachable(string home, int maxKm)
    {
        var from = _ordinal[Key(home)];
        for (var i = 0; i < All.Count; i++)
            if (_distanceKm[from, i] <= maxKm)
                yield return All[i].Name;
    }

    /// <summary>
    /// The form two spellings of one municipality share: lower case, Danish letters folded (å → aa, æ → ae, ø → oe),
    /// hyphens and dots as spaces, runs of spaces as one, and a leading or trailing "kommune" dropped.
    /// </summary>
    private static string Key(string name)
    {
        var folded = name.Trim().ToLowerInvariant().Replace("å", "aa").Replace("æ", "ae").Replace("ø", "oe").Replace('-', ' ').Replace('.', ' ');
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[^1] == "kommune") words.RemoveAt(words.Count - 1);
        if (words.Count > 1 && words[0] == "kommune") words.RemoveAt(0);
        return string.Join(' ', words);
    }

    private static double GreatCircleKm(Municipality a, Municipality b)
    {
        const double earthRadiusKm = 6371.0;
        static double Rad(double deg) => deg * Math.PI / 180.0;
        var dLat = Rad(b.Lat - a.Lat);
        var dLon = Rad(b.Lon - a.Lon);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(Rad(a.Lat)) * Math.Cos(Rad(b.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * earthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static Municipalities Load()
    {
        using var stream = typeof(Municipalities).Assembly.GetManifestResourceStream("CandidateBank.Matching.Data.municipalities.json")
            ?? throw new InvalidOperationException("municipalities.json is not embedded in CandidateBank.Matching.");
        var all = JsonSerializer.Deserialize<List<Municipality>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("municipalities.json is empty.");
        return new Municipalities(all);
    }
}
