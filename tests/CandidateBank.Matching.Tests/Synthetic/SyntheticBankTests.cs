using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Validation;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.SyntheticData;
using Xunit;

namespace CandidateBank.Matching.Tests.Synthetic;

public class SyntheticBankTests
{
    private static readonly MessageValidator Validator = new(Municipalities.Denmark);

    private static string Json<T>(IEnumerable<T> items) => string.Join("\n", items.Select(i => JsonSerializer.Serialize(i, ContractJson.Options)));

    [Fact]
    public void Same_seed_gives_the_same_profiles_and_orders()
    {
        Assert.Equal(Json(SyntheticBank.Denmark.Candidates(500, seed: 1)), Json(SyntheticBank.Denmark.Candidates(500, seed: 1)));
        Assert.Equal(Json(SyntheticBank.Denmark.JobOrders(50, seed: 1)), Json(SyntheticBank.Denmark.JobOrders(50, seed: 1)));
    }

    [Fact]
    public void Another_seed_gives_other_profiles()
    {
        Assert.NotEqual(Json(SyntheticBank.Denmark.Candidates(50, seed: 1)), Json(SyntheticBank.Denmark.Candidates(50, seed: 2)));
    }

    [Fact]
    public void Every_generated_profile_passes_the_validator_and_has_a_unique_id()
    {
        var profiles = SyntheticBank.Denmark.Candidates(5_000, seed: 3).ToList();
        foreach (var profile in profiles)
        {
            var result = Validator.Validate(profile);
            Assert.True(result.IsValid, $"{profile.CandidateId}: {result}");
            Assert.Equal(profile.HomeMunicipality, profile.JobCentre);
        }
        Assert.Equal(profiles.Count, profiles.Select(p => p.CandidateId).Distinct().Count());
    }

    [Fact]
    public void Every_generated_order_passes_the_validator()
    {
        foreach (var order in SyntheticBank.Denmark.JobOrders(1_000, seed: 3))
        {
            var result = Validator.Validate(order);
            Assert.True(result.IsValid, $"{order.Title}: {result}");
        }
    }

    [Fact]
    public void Occupations_are_skewed_towards_a_few_large_trades_with_a_long_tail()
    {
        var byOccupation = SyntheticBank.Denmark.Candidates(20_000, seed: 4)
            .GroupBy(p => p.Occupations[0].Title).Select(g => g.Count()).OrderDescending().ToList();
        var topFiveShare = byOccupation.Take(5).Sum() / 20_000.0;
        Assert.InRange(topFiveShare, 0.30, 0.60);
        Assert.True(byOccupation.Count >= 80, $"only {byOccupation.Count} occupations occur: the long tail is missing");
        Assert.True(byOccupation[^1] < 100, "the rarest trade should be rare");
    }

    [Fact]
    public void Homes_follow_population_so_Copenhagen_has_more_candidates_than_Læsø()
    {
        var homes = SyntheticBank.Denmark.Candidates(20_000, seed: 5).GroupBy(p => p.HomeMunicipality).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(homes["København"] > 1_500, $"København has {homes["København"]}");
        Assert.True(homes.GetValueOrDefault("Læsø") < 20);
    }

    [Fact]
    public void Orders_mix_certificate_and_licence_requirements()
    {
        var orders = SyntheticBank.Denmark.JobOrders(200, seed: 6);
        Assert.InRange(orders.Count(o => o.RequiredCertificates.Count > 0), 20, 150);
        Assert.Contains(orders, o => o.RequiredDriversLicences.Contains("CE"));
        Assert.True(orders.Select(o => o.Occupation).Distinct().Count() > 30);
    }

    [Fact]
    public void Every_name_in_the_generator_tables_is_known_to_the_vocabulary()
    {
        var vocabulary = TradeVocabulary.Danish;
        Assert.All(TradeFields.LargestOccupations, name => Assert.NotNull(vocabulary.OccupationNamed(name)));
        Assert.All(TradeFields.Skills.Values.SelectMany(s => s), name => Assert.Equal(name, vocabulary.Skill(name)?.Name));
        Assert.All(TradeFields.Certificates.Values.SelectMany(c => c), name => Assert.Equal(name, vocabulary.Certificate(name)?.Name));
        Assert.All(Municipalities.Denmark.All, m => Assert.True(MunicipalityPopulations.ByCode.ContainsKey(m.Code), m.Name));
    }
}
