using System.Globalization;
using System.Text;
using CandidateBank.Matching.Evaluation;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Bench.Postgres;

public sealed record PeerOrderResult(string OrderId, RankingResult CandidateBank, RankingResult Peer, IReadOnlyList<string> PeerRanking);

/// <summary>The PostgreSQL peer and CandidateBank on the judged development set: NDCG@10, precision@4, violations in the top 10.</summary>
public sealed record PeerQualityReport(IReadOnlyList<PeerOrderResult> Orders)
{
    public RankingResult CandidateBank => Mean(Orders.Select(o => o.CandidateBank));
    public RankingResult Peer => Mean(Orders.Select(o => o.Peer));

    private static RankingResult Mean(IEnumerable<RankingResult> results)
    {
        var list = results.ToList();
        return new RankingResult(list.Average(r => r.Ndcg), list.Average(r => r.PrecisionAt4), list.Sum(r => r.Violations));
    }

    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(c, $"{"order",-40} {"NDCG@10",8} {"pg",8} {"P@4",6} {"pg",6} {"viol.",6} {"pg",6}");
        foreach (var o in Orders)
            table.AppendLine(c, $"{o.OrderId,-40} {o.CandidateBank.Ndcg,8:0.000} {o.Peer.Ndcg,8:0.000} {o.CandidateBank.PrecisionAt4,6:0.00} {o.Peer.PrecisionAt4,6:0.00} {o.CandidateBank.Violations,6} {o.Peer.Violations,6}");
        table.AppendLine(c, $"{"mean (violations: total)",-40} {CandidateBank.Ndcg,8:0.000} {Peer.Ndcg,8:0.000} {CandidateBank.PrecisionAt4,6:0.00} {Peer.PrecisionAt4,6:0.00} {CandidateBank.Violations,6} {Peer.Violations,6}");
        return table.ToString();
    }
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
            var grades = ranked.Select(judged.Grade).ToList();
            var measured = new RankingResult(
                RankingMetrics.Ndcg(grades, judged.Judgements.Values, EvaluationReport.Depth),
                RankingMetrics.Precision(grades, EvaluationReport.PrecisionDepth),
                ranked.Count(id => rules.Violations(order, byId[id]).Count > 0));
            results.Add(new PeerOrderResult(judged.Id, ours[judged.Id], measured, ranked));
        }
        return new PeerQualityReport(results);
    }
}
