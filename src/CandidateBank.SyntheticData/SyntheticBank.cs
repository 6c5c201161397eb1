using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.SyntheticData;

/// <summary>
/// A synthetic national candidate bank for benchmarks: realistic Danish profiles and job orders, the same for the
/// same seed on every machine (System.Random with a seed is stable across .NET versions and platforms).
/// Occupations follow a Zipf-like curve over the vocabulary (a few large trades, a long tail of rare ones),
/// homes follow the municipalities' populations, and every profile and order passes <see cref="Validation.MessageValidator"/>.
/// </summary>
public sealed class SyntheticBank
{
    /// <summary>Availability and start dates are counted from a fixed day, not today, so a seed always gives the same data.</summary>
    public static readonly DateOnly Epoch = new(2027, 1, 1);

    internal TradeVocabulary Vocabulary { get; }
    internal WeightedChoice<Occupation> Occupations { get; }
    internal WeightedChoice<string> Homes { get; }
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _skillPools = new();

    public SyntheticBank(TradeVocabulary? vocabulary = null, Municipalities? municipalities = null)
    {
        Vocabulary = vocabulary ?? TradeVocabulary.Danish;
        var denmark = municipalities ?? Municipalities.Denmark;
        var byRank = TradeFields.LargestOccupations.Select(name => Vocabulary.OccupationNamed(name)
                ?? throw new InvalidOperationException($"The vocabulary has no occupation '{name}'."))
            .Concat(Vocabulary.Data.Occupations.Where(o => !TradeFields.LargestOccupations.Contains(o.Name)));
        // An exponent a little above 1 gives the five largest trades about half of all candidates: a few trades dominate.
        Occupations = WeightedChoice<Occupation>.Zipf(byRank, exponent: 1.1);
        Homes = new WeightedChoice<string>(denmark.All.Select(m => (m.Name, (double)MunicipalityPopulations.ByCode.GetValueOrDefault(m.Code, 10_000))));
    }

    public static SyntheticBank Denmark { get; } = new();

    /// <summary>Streams <paramref name="count"/> profiles; a million need not fit in memory at once.</summary>
    public IEnumerable<CandidateProfile> Candidates(int count, int seed)
    {
        var random = new Random(seed);
        var generator = new CandidateGenerator(this, random);
        for (var i = 0; i < count; i++)
            yield return generator.Next(CandidateId(seed, i));
    }

    public IReadOnlyList<JobOrder> JobOrders(int count, int seed)
    {
        // A different stream from the candidates of the same seed, so orders do not mirror the first profiles.
        var generator = new JobOrderGenerator(this, new Random(unchecked(seed * 7919 + 17)));
        return Enumerable.Range(0, count).Select(generator.Next).ToList();
    }

    /// <summary>
    /// Ids never hold eight digits in a row: the validator would take them for a phone number (or six-and-four for a CPR).
    /// </summary>
    public static string CandidateId(int seed, int index) => $"syn{seed}-{index / 1000}-{index % 1000:D3}";

    internal string[] SkillPool(Occupation occupation) => _skillPools.GetOrAdd(occupation.Name, _ => TradeFields.SkillPool(occupation.Name, occupation.Field));

    internal static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    internal static bool Chance(Random random, double probability) => random.NextDouble() < probability;
}
