using CandidateBank.Contracts;
using CandidateBank.Evaluation;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Shortlisting;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.SyntheticData;
using Lucene.Net.Search;

namespace CandidateBank.Matching.Tests;

/// <summary>The cached-bitset filter the shortlist uses must pass exactly the candidates the reference rule query passes.</summary>
public sealed class CachedRuleFilterTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "candidatebank-cachedrules-" + Guid.NewGuid().ToString("N"));
    private readonly CandidateIndex _index;
    private readonly RuleBitsets _bitsets = new();
    private readonly List<JobOrder> _orders;
    private readonly int _count;

    public CachedRuleFilterTests()
    {
        var devSet = DevSet.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "devset.json"));
        var profiles = devSet.Candidates.Concat(SyntheticBank.Denmark.Candidates(3_000, seed: 11)).ToList();
        _index = new CandidateIndex(_path, Municipalities.Denmark, RecruitmentNetworks.Defaults);
        foreach (var chunk in profiles.Chunk(1_000)) { foreach (var p in chunk) _index.Upsert(p); _index.Refresh(); } // several segments
        _orders = devSet.Orders.Select(o => o.Order).Concat(SyntheticBank.Denmark.JobOrders(60, seed: 11)).ToList();
        _count = profiles.Count;
    }

    private List<string> Reference(JobOrder order, bool includeCertificates) =>
        Ids(_index.Search(new MatchAllDocsQuery(), new QueryWrapperFilter(HardRuleFilter.For(_index.Rules.For(order), includeCertificates)), _count));

    private List<string> Cached(JobOrder order, bool includeCertificates, bool lacking = false) =>
        Ids(_index.Search(new FilteredQuery(new MatchAllDocsQuery(), HardRuleFilter.Cached(_index.Rules.For(order), _bitsets, includeCertificates, lacking), RuleFilter.AlwaysRandomAccess), null, _count));

    private static List<string> Ids(IEnumerable<(CandidateProfile Profile, float Score)> hits) => hits.Select(h => CandidateKey.Of(h.Profile).ToString()).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Cached_filter_passes_the_same_candidates_as_the_rule_query_on_every_order()
    {
        foreach (var order in _orders)
        {
            Assert.Equal(Reference(order, includeCertificates: true), Cached(order, includeCertificates: true));
            Assert.Equal(Reference(order, includeCertificates: false), Cached(order, includeCertificates: false));
        }
    }

    [Fact]
    public void Near_miss_filter_passes_exactly_those_who_meet_every_rule_but_a_certificate()
    {
        foreach (var order in _orders.Where(o => o.RequiredCertificates.Count > 0))
        {
            var expected = Reference(order, includeCertificates: false).Except(Reference(order, includeCertificates: true)).ToList();
            Assert.Equal(expected, Cached(order, includeCertificates: false, lacking: true));
        }
    }

    [Fact]
    public void Deleted_candidates_are_not_passed_by_bitsets_cached_before_the_delete()
    {
        var order = _orders[0];
        var before = Cached(order, includeCertificates: true);
        Assert.NotEmpty(before);

        _index.Delete(CandidateKey.Parse(before[0]));
        _index.Refresh();

        Assert.Equal(before.Skip(1), Cached(order, includeCertificates: true));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
