using CandidateBank.Evaluation;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Bench.Postgres;

public sealed record PeerOrderResult(string OrderId, RankingResult CandidateBank, RankingResult Peer, IReadOnlyList<string> PeerRanking);

/// <summary>The PostgreSQL peer and CandidateBank on the judged development set: NDCG@10, precision@4, violations in the top 10.</summary>
/// <summary>The PostgreSQL peer and CandidateBank on the judged development set: NDCG@10, precision@4, violations in the top 10.</summary>
public sealed record PeerQualityReport(IReadOnlyList<PeerOrderResult> Orders)
{
    public RankingResult CandidateBank => RankingResult.Mean(Orders.Select(o => o.CandidateBank));
    public RankingResult Peer => RankingResult.Mean(Orders.Select(o => o.Peer));

    public string ToTable() => RankingResult.Table(Orders.Select(o => (o.OrderId, o.CandidateBank, o.Peer)), "pg");
}

public static class PostgresQuality
{
    public const string DefaultDevSet = "tests/CandidateBank.Matching.Tests/Evaluation/devset.json";

    /// <summary>Loads the development set into a fresh peer and judges its top 10 per order beside CandidateBank's.</summary>
    public static async Task<PeerQualityReport> RunAsync(string connectionString, DevSet devSet, CancellationToken cancellationToken)
    {
        var ours = RankingEvaluation.Run(devSet, TradeVocabulary.Danish).Orders.ToDictionary(o => o.OrderId, o => o.CandidateBank);
        var rules = new HardRules(Municipalities.Denmark, RecruitmentNetworks.Defaults, TradeVocabulary.Danish);
        var byId = devSet.Candidates.ToDictionary(c => c.CandidateId);
        await using var peer = await PostgresPeer.CreateAsync(connectionString, cancellationToken);
        await peer.LoadAsync(devSet.Candidates, cancellationToken);

        var results = new List<PeerOrderResult>();
        foreach (var judged in devSet.Orders)
        {
            var order = judged.Order with { ShortlistSize = EvaluationReport.Depth };
            var ranked = await peer.ShortlistAsync(order, EvaluationReport.Depth, cancellationToken);
            var measured = RankingResult.Of(judged, order, ranked, rules, byId);
            results.Add(new PeerOrderResult(judged.Id, ours[judged.Id], measured, ranked));
        }
        return new PeerQualityReport(results);
    }
}
