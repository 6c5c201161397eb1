namespace CandidateBank.Api.Metrics;

/// <summary>
/// What the job centres are measured on: jobs filled. Per job centre and network, the orders by where they ended and
/// the candidates hired; across all orders, how often a candidate sent at each shortlist rank was hired (a quality
/// signal for the ranking from real outcomes).
/// </summary>
public sealed record PlacementReport(DateTimeOffset GeneratedAt, IReadOnlyList<PlacementGroup> JobCentres, IReadOnlyList<PlacementGroup> Networks,
    IReadOnlyList<RankOutcome> HireRateByRank);

/// <param name="MedianHoursToFirstHire">From receipt to the first hire recorded, over orders with a hire; null without any.</param>
public sealed record PlacementGroup(string Name, int Orders, int Open, int Filled, int Expired, int Closed, int Placements, double? MedianHoursToFirstHire)
{
    public static PlacementGroup Measure(string name, IReadOnlyList<PlacedOrder> orders)
    {
        var toFirstHire = orders.Where(o => o.FirstHireAt is not null).Select(o => (o.FirstHireAt!.Value - o.ReceivedAt).TotalHours).Order().ToList();
        return new PlacementGroup(name, orders.Count,
            orders.Count(o => Store.JobOrderStatus.Open.Contains(o.Status)),
            orders.Count(o => o.Status == Store.JobOrderStatus.Filled),
            orders.Count(o => o.Status == Store.JobOrderStatus.Expired),
            orders.Count(o => o.Status == Store.JobOrderStatus.Closed),
            orders.Sum(o => o.HiredRanks.Count),
            toFirstHire.Count == 0 ? null : Math.Round(toFirstHire.Count % 2 == 1 ? toFirstHire[toFirstHire.Count / 2]
                : (toFirstHire[toFirstHire.Count / 2 - 1] + toFirstHire[toFirstHire.Count / 2]) / 2, 2));
    }
}

/// <summary>Of the candidates sent at <see cref="Rank"/> (1 = first on the email), how many were hired.</summary>
public sealed record RankOutcome(int Rank, int Sent, int Hired, double Rate)
{
    public static IReadOnlyList<RankOutcome> Measure(IReadOnlyList<PlacedOrder> orders) =>
        Enumerable.Range(1, orders.Select(o => o.SentRanks).DefaultIfEmpty(0).Max())
            .Select(rank => (Rank: rank, Sent: orders.Count(o => o.SentRanks >= rank), Hired: orders.Count(o => o.HiredRanks.Contains(rank))))
            .Select(r => new RankOutcome(r.Rank, r.Sent, r.Hired, r.Sent == 0 ? 0 : Math.Round((double)r.Hired / r.Sent, 3)))
            .ToList();
}

/// <param name="SentRanks">How many candidates the order's email named (ranks 1 to this).</param>
/// <param name="HiredRanks">The ranks, on that email, of the candidates hired.</param>
public sealed record PlacedOrder(string? JobCentre, string Status, DateTimeOffset ReceivedAt, DateTimeOffset? FirstHireAt, int SentRanks, IReadOnlySet<int> HiredRanks);
