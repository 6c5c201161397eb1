using System.Diagnostics;
using CandidateBank.Contracts;

namespace CandidateBank.Bench.Search;

/// <summary>
/// Asks every order of the mix, round after round, from one or more concurrent clients, and times each answer.
/// Each client starts at another place in the mix, so concurrent clients do not ask the same order at the same moment.
/// </summary>
public static class LatencyRun
{
    public static async Task<LatencySummary> MeasureAsync(Func<JobOrder, Task> ask, IReadOnlyList<JobOrder> orders, int clients, int rounds)
    {
        var latencies = new TimeSpan[clients][];
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var own = new TimeSpan[orders.Count * rounds];
            for (var i = 0; i < own.Length; i++)
            {
                var order = orders[(i + client * orders.Count / clients) % orders.Count];
                var started = Stopwatch.GetTimestamp();
                await ask(order);
                own[i] = Stopwatch.GetElapsedTime(started);
            }
            latencies[client] = own;
        })));
        return LatencySummary.From(latencies.SelectMany(l => l));
    }

    /// <summary>One untimed pass, so JIT, caches and the OS page cache are warm before anything is measured.</summary>
    public static async Task WarmUpAsync(Func<JobOrder, Task> ask, IReadOnlyList<JobOrder> orders)
    {
        foreach (var order in orders) await ask(order);
    }
}
