using System.Globalization;
using System.Text;
using CandidateBank.Contracts;
using CandidateBank.Matching.Rules;

namespace CandidateBank.Evaluation;

/// <summary>How good one ranking is: NDCG@10, precision@4 and hard-rule violations among the ranked candidates.</summary>
public sealed record RankingResult(double Ndcg, double PrecisionAt4, int Violations)
{
    public const int Depth = 10, PrecisionDepth = 4;

    /// <summary>Judges <paramref name="ranked"/> (candidate ids, best first) against the order's judgements and hard rules.</summary>
    public static RankingResult Of(JudgedOrder judged, JobOrder order, IReadOnlyList<string> ranked, HardRules rules,
        IReadOnlyDictionary<string, CandidateProfile> candidates)
    {
        var grades = ranked.Select(judged.Grade).ToList();
        return new RankingResult(
            RankingMetrics.Ndcg(grades, judged.Judgements.Values, Depth),
            RankingMetrics.Precision(grades, PrecisionDepth),
            ranked.Count(id => rules.Violations(order, candidates[id]).Count > 0));
    }

    /// <summary>Mean NDCG and precision; violations summed.</summary>
    public static RankingResult Mean(IEnumerable<RankingResult> results)
    {
        var list = results.ToList();
        return new RankingResult(list.Average(r => r.Ndcg), list.Average(r => r.PrecisionAt4), list.Sum(r => r.Violations));
    }

    /// <summary>CandidateBank and another ranker side by side, per order and on average.</summary>
    public static string Table(IEnumerable<(string OrderId, RankingResult Ours, RankingResult Other)> orders, string otherLabel)
    {
        var rows = orders.ToList();
        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(c, $"{"order",-40} {"NDCG@10",8} {otherLabel,8} {"P@4",6} {otherLabel,6} {"viol.",6} {otherLabel,6}");
        void Row(string label, RankingResult ours, RankingResult other) => table.AppendLine(c,
            $"{label,-40} {ours.Ndcg,8:0.000} {other.Ndcg,8:0.000} {ours.PrecisionAt4,6:0.00} {other.PrecisionAt4,6:0.00} {ours.Violations,6} {other.Violations,6}");
        foreach (var (orderId, ours, other) in rows) Row(orderId, ours, other);
        Row("mean (violations: total)", Mean(rows.Select(r => r.Ours)), Mean(rows.Select(r => r.Other)));
        return table.ToString();
    }
}
