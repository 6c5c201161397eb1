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
        _byName = all.ToFrozenDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        _ordinal = all.Select((m, i) => (m.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.OrdinalIgnoreCase);
        _distanceKm = new double[all.Count, all.Count];
        for (var i = 0; i < all.Count; i++)
            for (var j = 0; j < all.Count; j++)
                _distanceKm[i, j] = GreatCircleKm(all[i], all[j]);
    }

    public bool TryGet(string? name, out Municipality municipality)
    {
        municipality = null!;
        return name is not null && _byName.TryGetValue(name.Trim(), out municipality!);
    }

    public bool Contains(string? name) => TryGet(name, out _);

    /// <summary>The canonical spelling, so "aarhus " and "Aarhus" index alike.</summary>
    public string Canonical(string name) => TryGet(name, out var m) ? m.Name : name;

    public double DistanceKm(string from, string to) => _distanceKm[_ordinal[from.Trim()], _ordinal[to.Trim()]];

    /// <summary>Every municipality whose main town lies within <paramref name="maxKm"/> of <paramref name="home"/>, home included.</summary>
    public IEnumerable<string> Reachable(string home, int maxKm)
    {
        var from = _ordinal[home.Trim()];
        for (var i = 0; i < All.Count; i++)
            if (_distanceKm[from, i] <= maxKm)
                yield return All[i].Name;
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
