using System.Globalization;

namespace CandidateBank.Bench.Search;

/// <summary>Prints the figures as a Markdown table, engines side by side with their ratio to CandidateBank.</summary>
public static class SearchReport
{
    public static void Print(TextWriter output, SearchOptions options, IReadOnlyList<EngineResult> engines, ApiResult? api, long peakResidentBytes)
    {
        var baseline = engines[0];
        output.WriteLine();
        output.WriteLine(Invariant($"Search benchmark: {options.Candidates:N0} profiles, {options.Orders} job orders × {options.Rounds} rounds, seed {options.Seed}, {Environment.ProcessorCount} CPUs{(options.Smoke ? " (smoke: the figures mean nothing)" : "")}"));
        output.WriteLine();
        output.WriteLine("| engine | load | profiles/s | index on disk | 1 client p50 / p95 / p99 | 2 clients p50 / p95 / p99 | p95 vs CandidateBank (1 / 2 clients) |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var e in engines)
            output.WriteLine(Invariant(
                $"| {e.Engine} | {e.Load.TotalSeconds:0.0} s | {e.ProfilesPerSecond:N0} | {(e.IndexBytes is { } b ? ProcessMemory.Megabytes(b) : "-")} | {Percentiles(e.OneClient)} | {Percentiles(e.TwoClients)} | {Ratio(e.OneClient, baseline.OneClient)} / {Ratio(e.TwoClients, baseline.TwoClients)} |"));
        if (api is not null)
        {
            output.WriteLine(Invariant(
                $"| CandidateBank REST API (GET …/shortlist) | - | - | - | {Percentiles(api.OneClient)} | {Percentiles(api.TwoClients)} | {Ratio(api.OneClient, baseline.OneClient)} / {Ratio(api.TwoClients, baseline.TwoClients)} |"));
            output.WriteLine();
            output.WriteLine(Invariant($"Store (SQLite) load: {api.StoreLoad.TotalSeconds:0.0} s; full index rebuild from the store (as `reindex`): {api.Rebuild.TotalSeconds:0.0} s = {api.Profiles / api.Rebuild.TotalSeconds:N0} profiles/s"));
            output.WriteLine(Invariant($"{options.Orders} orders submitted over HTTP until every shortlist was ready: {api.AllShortlistsReady.TotalSeconds:0.0} s"));
        }
        output.WriteLine(Invariant($"Peak resident memory of the process (VmHWM, all of the above in one process): {ProcessMemory.Megabytes(peakResidentBytes)}"));
    }

    private static string Percentiles(LatencySummary s) => Invariant($"{s.P50Ms:0.0} / {s.P95Ms:0.0} / {s.P99Ms:0.0} ms");

    private static string Ratio(LatencySummary engine, LatencySummary baseline) =>
        baseline.P95Ms == 0 ? "-" : Invariant($"{engine.P95Ms / baseline.P95Ms:0.00}×");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
