using System.Globalization;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Shortlisting;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Evaluation;

/// <param name="NearMissRecall">The share of the judged near-misses CandidateBank listed as near-misses; null when none were judged.</param>
public sealed record OrderEvaluation(string OrderId, RankingResult CandidateBank, RankingResult Baseline, double? NearMissRecall = null);

/// <summary>Both rankers on the same development set, side by side: NDCG@10, precision@4 and hard-rule violations in the top 10.</summary>
public sealed record EvaluationReport(IReadOnlyList<OrderEvaluation> Orders)
{
    public const int Depth = RankingResult.Depth, PrecisionDepth = RankingResult.PrecisionDepth;

    public RankingResult CandidateBank => RankingResult.Mean(Orders.Select(o => o.CandidateBank));
    public RankingResult Baseline => RankingResult.Mean(Orders.Select(o => o.Baseline));
    public double NdcgGain => Baseline.Ndcg == 0 ? double.PositiveInfinity : CandidateBank.Ndcg / Baseline.Ndcg - 1;

    /// <summary>Mean near-miss recall over the orders with judged near-misses (plain full text has no near-misses to list).</summary>
    public double NearMissRecall => Orders.Where(o => o.NearMissRecall is not null).Select(o => o.NearMissRecall!.Value).DefaultIfEmpty(1).Average();

    public string ToTable() =>
        RankingResult.Table(Orders.Select(o => (o.OrderId, o.CandidateBank, o.Baseline)), "plain") +
        string.Create(CultureInfo.InvariantCulture, $"Near-miss recall {NearMissRecall:0.000} over {Orders.Count(o => o.NearMissRecall is not null)} orders with judged near-misses.\n") +
        string.Create(CultureInfo.InvariantCulture, $"CandidateBank NDCG@10 is {NdcgGain:+0%;-0%} against plain BM25 full text ({Orders.Count} orders).\n");
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
            var builder = new ShortlistBuilder(index, municipalities, TimeProvider.System);
            using var baseline = new PlainTextBaseline(devSet.Candidates);

            return new EvaluationReport(devSet.Orders.Select(judged =>
            {
                var order = judged.Order with { ShortlistSize = EvaluationReport.Depth };
                var shortlist = builder.Build(judged.Id, order);
                var ours = shortlist.Candidates.Select(c => c.CandidateId).ToList();
                var plain = baseline.Search(order, EvaluationReport.Depth);
                RankingResult Measure(IReadOnlyList<string> ranked) => RankingResult.Of(judged, order, ranked, rules, byId);
                var listed = shortlist.NearMisses.Select(n => n.CandidateId).ToHashSet();
                double? nearMissRecall = judged.NearMisses is { Count: > 0 } wanted ? (double)wanted.Count(listed.Contains) / wanted.Count : null;
                return new OrderEvaluation(judged.Id, Measure(ours), Measure(plain), nearMissRecall);
            }).ToList());
        }
        finally
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
    }
}
