using CandidateBank.Bench.Postgres;
using CandidateBank.Evaluation;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Tests;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.Tests.Shared;
using Xunit.Abstractions;

namespace CandidateBank.Bench.Tests;

/// <summary>The benchmark's PostgreSQL full-text peer on the real PostgreSQL of tests/postgres.sh and the judged development set.</summary>
public sealed class PostgresPeerTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DevSet DevSet = DevSet.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "devset.json"));
    private readonly PostgresDatabase _database = new();

    [Fact]
    public async Task Every_candidate_the_peer_returns_on_the_dev_set_meets_the_orders_hard_rules()
    {
        var rules = new HardRules(Municipalities.Denmark, RecruitmentNetworks.Defaults, TradeVocabulary.Danish);
        var byId = DevSet.Candidates.ToDictionary(c => c.CandidateId);
        await using var peer = await LoadedPeer();

        var returned = 0;
        foreach (var judged in DevSet.Orders)
        {
            var ranked = await peer.ShortlistAsync(judged.Order, 50, CancellationToken.None);
            returned += ranked.Count;
            Assert.All(ranked, id => Assert.Empty(rules.Violations(judged.Order, byId[id])));
            Assert.Equal(ranked.Count, ranked.Distinct().Count());
        }
        Assert.True(returned >= DevSet.Orders.Count, $"The peer returned {returned} candidates for {DevSet.Orders.Count} orders: its filters are too strict.");
    }

    [Fact]
    public async Task A_struktoer_with_every_requirement_in_the_orders_own_words_ranks_first()
    {
        var order = Profiles.LightRail();
        var obvious = Profiles.Struktør("obvious") with
        {
            Headline = "Struktør med forskalling, betonstøbning og armering",
            Skills = [.. order.RequiredSkills, .. order.PreferredSkills],
        };
        var others = DevSet.Candidates.Where(c => c.CandidateId != "obvious").ToList();
        await using var peer = await PostgresPeer.CreateAsync(_database.ConnectionString, CancellationToken.None);
        await peer.LoadAsync([.. others, obvious], CancellationToken.None);

        var ranked = await peer.ShortlistAsync(order, 10, CancellationToken.None);

        Assert.Equal("obvious", ranked.FirstOrDefault());
    }

    [Fact]
    public async Task Quality_report_puts_the_peer_beside_candidatebank_with_no_hard_rule_violations()
    {
        var report = await PostgresQuality.RunAsync(_database.ConnectionString, DevSet, CancellationToken.None);
        output.WriteLine(report.ToTable());

        Assert.Equal(DevSet.Orders.Count, report.Orders.Count);
        Assert.Equal(0, report.Peer.Violations);
        Assert.InRange(report.Peer.Ndcg, 0.01, 1.0);
        Assert.True(report.CandidateBank.Ndcg >= 0.9, $"CandidateBank's NDCG@10 on the dev set is {report.CandidateBank.Ndcg:0.000}");
    }

    private async Task<PostgresPeer> LoadedPeer()
    {
        var peer = await PostgresPeer.CreateAsync(_database.ConnectionString, CancellationToken.None);
        await peer.LoadAsync(DevSet.Candidates, CancellationToken.None);
        return peer;
    }

    public void Dispose() => _database.Dispose();
}
