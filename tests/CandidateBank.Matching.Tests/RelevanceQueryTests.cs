using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Shortlisting;
using Lucene.Net.Index;

namespace CandidateBank.Matching.Tests;

/// <summary>Which terms an order searches, against a real index on disk.</summary>
public sealed class RelevanceQueryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "cb-index-" + Guid.NewGuid().ToString("N"));
    private readonly CandidateIndex _index;

    public RelevanceQueryTests() => _index = new CandidateIndex(_path, Municipalities.Denmark, RecruitmentNetworks.Defaults);

    private static readonly JobOrder Warehouse = Profiles.LightRail() with { Occupation = "lagermedarbejder", RequiredSkills = [], PreferredSkills = [], Description = "" };

    private void Bank(int productionWorkers)
    {
        _index.UpsertMany(Enumerable.Range(0, productionWorkers)
            .Select(i => Profiles.Struktør($"prod-{i}") with { Occupations = [new OccupationExperience("Produktionsmedarbejder", 3)] })
            .Append(Profiles.Struktør("lager-1") with { Occupations = [new OccupationExperience("Lagermedarbejder", 3)] })
            .ToList());
        _index.Refresh();
    }

    private HashSet<string> SearchedTerms(JobOrder order)
    {
        var terms = new HashSet<Term>();
        RelevanceQuery.For(order, _index).ExtractTerms(terms);
        return terms.Select(t => $"{t.Field}:{t.Text}").ToHashSet();
    }

    [Fact]
    public void Compound_part_held_by_a_large_share_of_a_large_bank_is_not_searched_but_the_whole_word_is()
    {
        Bank(productionWorkers: RelevanceQuery.CommonPartFloor + 100);

        var terms = SearchedTerms(Warehouse);

        Assert.Contains("occupation:lagermedarbejd", terms);
        Assert.Contains("occupation:lag", terms); // a part few hold is still searched
        Assert.DoesNotContain("occupation:medarbejd", terms);
    }

    [Fact]
    public void In_a_small_bank_every_compound_part_is_searched()
    {
        Bank(productionWorkers: 20);

        Assert.Contains("occupation:medarbejd", SearchedTerms(Warehouse));
    }

    [Fact]
    public void Candidate_sharing_only_a_common_part_with_the_trade_is_not_counted_in_it()
    {
        Bank(productionWorkers: RelevanceQuery.CommonPartFloor + 100);

        var (hits, total) = _index.Rank(RelevanceQuery.For(Warehouse, _index), 10);

        Assert.Equal(1, total);
        Assert.Equal("lager-1", Assert.Single(hits).Candidate.CandidateId);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
