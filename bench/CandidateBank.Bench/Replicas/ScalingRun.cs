using System.Globalization;
using CandidateBank.Bench.Search;
using CandidateBank.SyntheticData;
using CandidateBank.Tests.Shared;

namespace CandidateBank.Bench.Replicas;

/// <summary>What one replica count gave: how long orders took to a readable shortlist, and how fast shortlists were read.</summary>
public sealed record ScalingResult(int Replicas, TimeSpan Ready, TimeSpan Indexed, LatencySummary OrderToShortlist, double? CpuDuringOrders,
    Throughput Reads, double? CpuDuringReads);

/// <summary>
/// One store of synthetic profiles, then replicas added one at a time. Each new replica starts on an empty data
/// directory and indexes the whole store before it is ready; once it is, the same orders are submitted round-robin
/// over all running replicas and their shortlists read back, so every replica count answers the same work.
/// </summary>
public static class ScalingRun
{
    private const int WarmUpOrdersPerReplica = 10;
    private const int ReadWarmUpSeconds = 10;

    public static async Task<List<ScalingResult>> RunAsync(ReplicaBenchOptions options, string run, CancellationToken cancellationToken)
    {
        using var database = new PostgresDatabase(options.Postgres, "cbbench_");
        Console.WriteLine($"Scaling: database {database.Name}, {options.Profiles:N0} profiles, 1 to {options.Replicas} replicas");
        await ProfileBulkLoad.MigrateAsync(database.ConnectionString, cancellationToken);
        var load = await ProfileBulkLoad.LoadAsync(database.ConnectionString, options.Profiles, cancellationToken);
        Console.WriteLine(Invariant($"  store: {options.Profiles:N0} profiles loaded by COPY in {load.TotalSeconds:0.0} s"));

        var orders = SyntheticBank.Denmark.JobOrders(options.Orders, seed: 1);
        var warmUpOrders = SyntheticBank.Denmark.JobOrders(WarmUpOrdersPerReplica * options.Replicas, seed: 2);
        var results = new List<ScalingResult>();
        using var fleet = new ReplicaFleet(options.ServerDll, database.ConnectionString, options.Broker, run);
        for (var count = 1; count <= options.Replicas; count++)
        {
            var (added, ready, indexed) = await fleet.AddAsync(options.Profiles, TimeSpan.FromHours(1), cancellationToken);
            Console.WriteLine(Invariant($"  {count} replica(s): replica {added.Name} ready {ready.TotalSeconds:0.0} s after start, its index complete after {indexed.TotalSeconds:0.0} s"));

            var clients = fleet.Replicas.Select(ReplicaFleet.Consultant).ToList();
            try
            {
                var traffic = new ShortlistLoad(clients);
                // Untimed: the new replica's first orders and requests pay for its JIT and caches.
                await traffic.OrderToShortlistAsync(warmUpOrders.Take(WarmUpOrdersPerReplica * count), cancellationToken);
                var cpu = new MachineCpu();
                var (latency, ids) = await traffic.OrderToShortlistAsync(orders, cancellationToken);
                var cpuDuringOrders = cpu.BusySince();
                Console.WriteLine($"    order to shortlist, {orders.Count} orders one at a time: {latency}; {MachineCpu.Describe(cpuDuringOrders)}");
                // Reads are warmed up longer: a fresh server read 44–71 requests/s in its first 20 s and 87 over 60 s
                // (tiered JIT and PGO compete with the requests for the same two cores).
                await traffic.ReadShortlistsAsync(ids, options.Clients, TimeSpan.FromSeconds(Math.Min(ReadWarmUpSeconds, options.Duration.TotalSeconds)), cancellationToken);
                cpu = new MachineCpu();
                var reads = await traffic.ReadShortlistsAsync(ids, options.Clients, options.Duration, cancellationToken);
                var cpuDuringReads = cpu.BusySince();
                Console.WriteLine($"    GET …/shortlist: {reads}; {MachineCpu.Describe(cpuDuringReads)}");
                results.Add(new ScalingResult(count, ready, indexed, latency, cpuDuringOrders, reads, cpuDuringReads));
            }
            finally
            {
                foreach (var client in clients) client.Dispose();
            }
        }
        return results;
    }

    public static void Print(IReadOnlyList<ScalingResult> results, ReplicaBenchOptions options)
    {
        Console.WriteLine(Invariant($"| replicas | new replica ready / index complete | order to shortlist p50 / p95 / max ({options.Orders} orders) | CPU busy | GET …/shortlist ({options.Clients} clients, {options.Duration.TotalSeconds:0} s) | p50 / p95 | CPU busy |"));
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in results)
            Console.WriteLine(
                Invariant($"| {r.Replicas} | {r.Ready.TotalSeconds:0.0} s / {r.Indexed.TotalSeconds:0.0} s | {r.OrderToShortlist.P50Ms:0} / {r.OrderToShortlist.P95Ms:0} / {r.OrderToShortlist.MaxMs:0} ms | {r.CpuDuringOrders:P0} ") +
                Invariant($"| {r.Reads.PerSecond:N0} requests/s | {r.Reads.Latency.P50Ms:0.0} / {r.Reads.Latency.P95Ms:0.0} ms | {r.CpuDuringReads:P0} |"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
