namespace CandidateBank.SyntheticData;

/// <summary>Draws items in proportion to their weights (binary search over cumulative weights: O(log n) per draw).</summary>
public sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> weighted)
    {
        var pairs = weighted.Where(p => p.Weight > 0).ToArray();
        if (pairs.Length == 0) throw new ArgumentException("At least one item needs a positive weight.", nameof(weighted));
        _items = pairs.Select(p => p.Item).ToArray();
        _cumulative = new double[pairs.Length];
        var total = 0.0;
        for (var i = 0; i < pairs.Length; i++) _cumulative[i] = total += pairs[i].Weight;
    }

    public IReadOnlyList<T> Items => _items;

    public T Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _items[Math.Min(index < 0 ? ~index : index + 1, _items.Length - 1)];
    }

    /// <summary>Zipf-like weights: the item at rank r (from 1) weighs 1 / r^exponent.</summary>
    public static WeightedChoice<T> Zipf(IEnumerable<T> byRank, double exponent) =>
        new(byRank.Select((item, i) => (item, 1.0 / Math.Pow(i + 1, exponent))));
}
