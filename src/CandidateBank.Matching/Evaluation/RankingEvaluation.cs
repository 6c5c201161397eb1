using System.Globalization;
using System.Text;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Shortlisting;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Evaluation;

public sealed record RankingResult(double Ndcg, double PrecisionAt4, int Violations);

public sealed record OrderEvaluation(string OrderId, RankingResult CandidateBank, RankingResult Baseline);

/// <summary>Both rankers on the same development set, side by side: NDCG@10, precision@4 and hard-rule violations in the top 10.</summary>
public sealed record EvaluationReport(IReadOnlyList<OrderEvaluation> Orders)
{
    public const int Depth = 10, PrecisionDepth = 4;

    public RankingResult CandidateBank => Mean(Orders.Select(o => o.CandidateBank));
    public RankingResult Baseline => Mean(Orders.Select(o => o.Baseline));
    public double NdcgGain => Baseline.Ndcg == 0 ? double.PositiveInfinity : CandidateBank.Ndcg / Baseline.Ndcg - 1;

    private static RankingResult Mean(IEnumerable<RankingResult> results)
    {
        var list = results.ToList();
        return new RankingResult(list.Average(r => r.Ndcg), list.Average(r => r.PrecisionAt4), list.Sum(r => r.Violations));
    }

    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(c, $"{"order",-40} {"NDCG@10",8} {"plain",8} {"P@4",6} {"plain",6} {"viol.",6} {"plain",6}");
        foreach (var o in Orders)
            table.AppendLine(c, $"{o.OrderId,-40} {o.CandidateBank.Ndcg,8:0.000} {o.Baseline.Ndcg,8:0.000} {o.CandidateBank.PrecisionAt4,6:0.00} {o.Baseline.PrecisionAt4,6:0.00} {o.CandidateBank.Violations,6} {o.Baseline.Violations,6}");
        table.AppendLine(c, $"{"mean (violations: total)",-40} {CandidateBank.Ndcg,8:0.000} {Baseline.Ndcg,8:0.000} {CandidateBank.PrecisionAt4,6:0.00} {Baseline.PrecisionAt4,6:0.00} {CandidateBank.Violations,6} {Baseline.Violations,6}");
        table.AppendLine(c, $"CandidateBank NDCG@10 is {NdcgGain:+0%;-0%} against plain BM25 full text ({Orders.Count} orders).");
        return table.ToString();
    }
}

public static class RankingEvaluation
{
    public static EvaluationReport Run(DevSet devSet, TradeVocabulary vocabulary)
    {
        var municipalities = Municipalities.Denmark;
        var networks = RecruitmentNetworks.Defaults;
        var rules = new HardRules(municipalities, networks, vocabulary);
        var byId = devSet.Candidates.ToDictionary(c => c.CandidateId);
        var path = Path.Combine(Path.GetTempPath(), "candidatebank-evaluation-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new CandidateIndex(path, municipalities, networks, vocabulary);
            foreach (var profile in devSet.Candidates) index.Upsert(profile);
            index.Commit();
            index.Refresh();
            var builder = new ShortlistBuilder(index, municipalities, networks, TimeProvider.System);
            using var baseline = new PlainTextBaseline(devSet.Candidates);

            return new EvaluationReport(devSet.Orders.Select(judged =>
            {
                var order = judged.Order with { ShortlistSize = EvaluationReport.Depth };
                var ours = builder.Build(judged.Id, order).Candidates.Select(c => c.CandidateId).ToList();
                var plain = baseline.Search(order, EvaluationReport.Depth);
                RankingResult Measure(IReadOnlyList<string> ranked) => new(
                    RankingMetrics.Ndcg(ranked.Select(judged.Grade).ToList(), judged.Judgements.Values, EvaluationReport.Depth),
                    RankingMetrics.Precision(ranked.Select(judged.Grade).ToList(), EvaluationReport.PrecisionDepth),
                    ranked.Count(id => rules.Violations(order, byId[id]).Count > 0));
                return new OrderEvaluation(judged.Id, Measure(ours), Measure(plain));
            }).ToList());
        }
        finally
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
    }
}
