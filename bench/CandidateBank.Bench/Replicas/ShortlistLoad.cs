using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CandidateBank.Bench.Search;
using CandidateBank.Contracts;

namespace CandidateBank.Bench.Replicas;

/// <summary>Requests answered per second by concurrent clients over a fixed time, and how long each took.</summary>
public sealed record Throughput(int Clients, TimeSpan Duration, LatencySummary Latency)
{
    public double PerSecond => Latency.Count / Duration.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{PerSecond:N0} requests/s from {Clients} clients over {Duration.TotalSeconds:0.0} s; {Latency}");
}

/// <summary>
/// A consultant's traffic against a set of replicas, spread round-robin over their REST APIs as a load balancer would:
/// orders submitted one at a time, each timed until its shortlist can be read, then shortlists read concurrently.
/// </summary>
public sealed class ShortlistLoad(IReadOnlyList<HttpClient> replicas)
{
    private int _next;

    private HttpClient NextReplica() => replicas[(int)((uint)Interlocked.Increment(ref _next) % replicas.Count)];

    /// <summary>
    /// Each order from POST /api/v1/job-orders until GET …/shortlist answers 200. Whichever replica takes the order off
    /// the shared queue builds the shortlist from its own index and stores it; the replica asked may be another one.
    /// </summary>
    public async Task<(LatencySummary Latency, List<string> Ids)> OrderToShortlistAsync(IEnumerable<JobOrder> orders, CancellationToken cancellationToken)
    {
        var times = new List<TimeSpan>();
        var ids = new List<string>();
        foreach (var order in orders)
        {
            var replica = NextReplica();
            var clock = Stopwatch.StartNew();
            var id = await SubmitAsync(replica, order, cancellationToken);
            await WaitForShortlistAsync(replica, id, cancellationToken);
            times.Add(clock.Elapsed);
            ids.Add(id);
        }
        return (LatencySummary.From(times), ids);
    }

    private static async Task<string> SubmitAsync(HttpClient replica, JobOrder order, CancellationToken cancellationToken)
    {
        using var response = await replica.PostAsJsonAsync("/api/v1/job-orders", order with { JobOrderId = null }, ContractJson.Options, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException($"POST /api/v1/job-orders answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()!;
    }

    private static async Task WaitForShortlistAsync(HttpClient replica, string id, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using var response = await replica.GetAsync($"/api/v1/job-orders/{id}/shortlist", cancellationToken);
            if (response.IsSuccessStatusCode) return; // 404 until a replica stored the order, 409 until it is shortlisted
            if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Conflict))
                throw new InvalidOperationException($"GET …/{id}/shortlist answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            if (deadline.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException($"Order {id} has no shortlist after 5 minutes.");
            await Task.Delay(10, cancellationToken);
        }
    }

    /// <summary><paramref name="clients"/> clients read the shortlists of <paramref name="ids"/>, each one request after the other, for <paramref name="duration"/>.</summary>
    public async Task<Throughput> ReadShortlistsAsync(IReadOnlyList<string> ids, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<TimeSpan>[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var own = latencies[client] = [];
            // Each client starts at another place in the list, so clients do not ask for the same shortlist at once.
            for (var i = client * ids.Count / clients; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await NextReplica().GetAsync($"/api/v1/job-orders/{ids[i % ids.Count]}/shortlist", cancellationToken);
                if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET …/shortlist answered {(int)response.StatusCode}.");
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                own.Add(Stopwatch.GetElapsedTime(started));
            }
        }, cancellationToken)));
        return new Throughput(clients, clock.Elapsed, LatencySummary.From(latencies.SelectMany(l => l)));
    }
}
