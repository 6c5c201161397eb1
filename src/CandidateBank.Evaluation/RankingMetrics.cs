namespace CandidateBank.Evaluation;

/// <summary>Standard ranking measures over graded judgements (0 = not relevant … 3 = ideal).</summary>
public static class RankingMetrics
{
    /// <summary>The grade from which a candidate counts as one an employer would want (for precision).</summary>
    public const int RelevantGrade = 2;

    /// <summary>Normalised discounted cumulative gain at <paramref name="k"/>, with gain 2^grade − 1.</summary>
    public static double Ndcg(IReadOnlyList<int> rankedGrades, IEnumerable<int> allGrades, int k)
    {
        var ideal = Dcg(allGrades.OrderDescending().ToList(), k);
        return ideal == 0 ? 0 : Dcg(rankedGrades, k) / ideal;
    }

    /// <summary>The share of the first <paramref name="k"/> places held by relevant candidates (an empty place counts as a miss).</summary>
    public static double Precision(IReadOnlyList<int> rankedGrades, int k) =>
        (double)rankedGrades.Take(k).Count(g => g >= RelevantGrade) / k;

    private static double Dcg(IReadOnlyList<int> grades, int k) =>
        grades.Take(k).Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
}
