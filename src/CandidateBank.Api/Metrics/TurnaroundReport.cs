namespace CandidateBank.Api.Metrics;

/// <summary>How well the one-day promise is kept, per job centre and per recruitment network.</summary>
public sealed record TurnaroundReport(DateTimeOffset GeneratedAt, IReadOnlyList<TurnaroundGroup> JobCentres, IReadOnlyList<TurnaroundGroup> Networks);

/// <summary>
/// <see cref="MedianHours"/> and <see cref="P90Hours"/> are from receipt to the shortlist email being sent, over sent
/// orders. <see cref="ShareWithinDeadline"/> is the share of orders already decided (sent, or past their deadline)
/// whose promise was kept (<see cref="TurnaroundOrder.PromiseKept"/>), so an order still within its day counts
/// neither for nor against. <see cref="Placements"/> counts candidates hired. Null where there is nothing to measure yet.
/// </summary>
public sealed record TurnaroundGroup(string Name, int Orders, int Sent, double? MedianHours, double? P90Hours,
    double? ShareWithinDeadline, double? AverageRating, int Ratings, int Placements)
{
    public const string Unknown = "unknown";

    public static TurnaroundGroup Measure(string name, IReadOnlyList<TurnaroundOrder> orders, DateTimeOffset now)
    {
        var hours = orders.Where(o => o.SentAt is not null).Select(o => (o.SentAt!.Value - o.ReceivedAt).TotalHours).Order().ToList();
        var decided = orders.Where(o => o.SentAt is not null || o.Deadline < now).ToList();
        var ratings = orders.SelectMany(o => o.Ratings).Select(r => (double)r).ToList();
        return new TurnaroundGroup(name, orders.Count, hours.Count,
            hours.Count == 0 ? null : Math.Round(Median(hours), 2),
            hours.Count == 0 ? null : Math.Round(NearestRank(hours, 0.9), 2),
            decided.Count == 0 ? null : Math.Round((double)decided.Count(o => o.PromiseKept) / decided.Count, 3),
            ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
            ratings.Count,
            orders.Sum(o => o.Hired));
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    private static double NearestRank(List<double> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

/// <param name="SentAt">When the first shortlist email was sent.</param>
/// <param name="Ratings">The company's ratings, one per rated email.</param>
/// <param name="SentInTime">Candidates in the emails sent by the deadline (the first, and any later send that made it in time).</param>
/// <param name="Needed">What keeps the promise: the order's target, or every qualified candidate the bank had when fewer.</param>
public sealed record TurnaroundOrder(string? JobCentre, DateTimeOffset ReceivedAt, DateTimeOffset Deadline, DateTimeOffset? SentAt,
    IReadOnlyList<int> Ratings, int SentInTime, int Needed, int Hired)
{
    /// <summary>At least <see cref="Needed"/> candidates sent within the deadline; an empty list never keeps it.</summary>
    public bool PromiseKept => SentInTime > 0 && SentInTime >= Needed;
}
