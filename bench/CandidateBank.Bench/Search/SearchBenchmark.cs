using System.Diagnostics;
using System.Globalization;
using CandidateBank.Contracts;
using CandidateBank.SyntheticData;

namespace CandidateBank.Bench.Search;

/// <summary>
/// Shortlist speed at national scale: the same synthetic profiles and job orders given to every engine of
/// <see cref="SearchEngines"/>, loaded and asked from one and from two concurrent clients, then the real server's
/// rebuild and REST API on the same data. Prints figures; it is not a test.
/// </summary>
public static class SearchBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (SearchOptions.Parse(args) is not { } options) { Console.Error.WriteLine(SearchOptions.Usage); return 2; }
        var log = Console.Out;

        var clock = Stopwatch.StartNew();
        var profiles = SyntheticBank.Denmark.Candidates(options.Candidates, options.Seed).ToList();
        var orders = SyntheticBank.Denmark.JobOrders(options.Orders, options.Seed)
            .Select((order, i) => order with { JobOrderId = string.Create(CultureInfo.InvariantCulture, $"bench-{i}") }).ToList();
        log.WriteLine($"Generated {profiles.Count} profiles and {orders.Count} orders (seed {options.Seed}) in {clock.Elapsed.TotalSeconds:0.0} s");

        var results = new List<EngineResult>();
        foreach (var engine in await SearchEngines.CreateAsync(options))
        {
            await using (engine)
                results.Add(await MeasureAsync(engine, profiles, orders, options.Rounds, log));
        }
        var api = await ApiSearchBenchmark.RunAsync(profiles, orders, options.Rounds, log);
        SearchReport.Print(log, options, results, api, ProcessMemory.PeakResidentBytes());
        if (options.PostgresConnectionString is { } postgres)
        {
            // Speed means little without quality: both engines on the judged development set, in the same run.
            log.WriteLine($"\nRanking quality on the judged development set ({Postgres.PostgresQuality.DefaultDevSet}):");
            var devSet = CandidateBank.Evaluation.DevSet.Load(Postgres.PostgresQuality.DefaultDevSet);
            log.Write((await Postgres.PostgresQuality.RunAsync(postgres, devSet, CancellationToken.None)).ToTable());
        }
        return 0;
    }

    private static async Task<EngineResult> MeasureAsync(IShortlistEngine engine, IReadOnlyList<CandidateProfile> profiles, IReadOnlyList<JobOrder> orders, int rounds, TextWriter log)
    {
        log.WriteLine($"{engine.Name}: loading {profiles.Count} profiles");
        var clock = Stopwatch.StartNew();
        await engine.LoadAsync(profiles, CancellationToken.None);
        var load = clock.Elapsed;
        log.WriteLine($"  loaded in {load.TotalSeconds:0.0} s");
        if (engine is CandidateBankEngine own) log.WriteLine($"  of which merging the index into one segment: {own.CompactionTime.TotalSeconds:0.0} s");

        async Task Ask(JobOrder order) => await engine.ShortlistAsync(order, order.ShortlistSize, CancellationToken.None);
        await LatencyRun.WarmUpAsync(Ask, orders);
        var one = await LatencyRun.MeasureAsync(Ask, orders, clients: 1, rounds);
        log.WriteLine($"  1 client:  {one}");
        var two = await LatencyRun.MeasureAsync(Ask, orders, clients: 2, rounds);
        log.WriteLine($"  2 clients: {two}");
        return new EngineResult(engine.Name, profiles.Count, load, (engine as CandidateBankEngine)?.IndexBytes, one, two);
    }
}
