using System.Diagnostics;
using System.Globalization;
using CandidateBank.Bench.Search;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Shortlisting;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.SyntheticData;

namespace CandidateBank.Bench;

/// <summary>
/// <c>rematch</c>: how long checking one arriving profile against every open order takes (<see cref="OpenOrderSet"/>),
/// the step that decides which open orders are shortlisted again. Synthetic orders and profiles, seeded.
/// </summary>
public static class RematchBenchmark
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/CandidateBank.Bench -- rematch [--orders 10000] [--profiles 2000] [--smoke]
          Checks each of --profiles synthetic profiles against --orders open synthetic orders and reports the time per
          profile (p50/p95/p99). --smoke: 1,000 orders and 200 profiles, to check that it works.
        """;

    public static int Run(string[] args)
    {
        var smoke = args.Contains("--smoke");
        int Option(string name, int normal, int small) =>
            Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : smoke ? small : normal;
        var orderCount = Option("--orders", 10_000, 1_000);
        var profileCount = Option("--profiles", 2_000, 200);

        var bank = SyntheticBank.Denmark;
        var open = new OpenOrderSet(new HardRuleTerms(Municipalities.Denmark, RecruitmentNetworks.Defaults, TradeVocabulary.Danish), TradeVocabulary.Danish);
        var compiling = Stopwatch.StartNew();
        var orders = bank.JobOrders(orderCount, seed: 7);
        for (var i = 0; i < orders.Count; i++) open.Put($"order-{i}", orders[i]);
        compiling.Stop();
        var profiles = bank.Candidates(profileCount, seed: 8).ToList();
        foreach (var profile in profiles.Take(50)) open.QualifyingFor(profile); // warm-up: JIT and the vocabulary's remembered answers

        var latencies = new List<TimeSpan>(profiles.Count);
        var matches = 0;
        foreach (var profile in profiles)
        {
            var clock = Stopwatch.StartNew();
            matches += open.QualifyingFor(profile).Count;
            latencies.Add(clock.Elapsed);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rematch: {open.Count:N0} open orders compiled in {compiling.Elapsed.TotalSeconds:0.0} s; one arriving profile checked against all of them: {LatencySummary.From(latencies)}; {(double)matches / profiles.Count:0.0} qualifying orders per profile{(smoke ? " (smoke)" : "")}"));
        return 0;
    }
}
