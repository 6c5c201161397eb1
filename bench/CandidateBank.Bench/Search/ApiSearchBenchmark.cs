using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Indexing;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Bench.Search;

/// <summary>
/// The real server on the same profiles: they are written to its store, the index is rebuilt from the store as
/// <c>reindex</c> does (timed), the server starts on it, a consultant submits the orders over HTTP, and the shortlists
/// are read back through GET /api/v1/job-orders/{id}/shortlist (timed) the way a consultant's browser reads them.
/// </summary>
public static class ApiSearchBenchmark
{
    private const int StoreChunk = 5_000;

    public static async Task<ApiResult> RunAsync(IReadOnlyList<CandidateProfile> profiles, IReadOnlyList<JobOrder> orders, int rounds, TextWriter log)
    {
        var data = Path.Combine(Path.GetTempPath(), "candidatebank-search-api-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var storeLoad = await TimeAsync(() => StoreAsync(data, profiles));
            log.WriteLine($"  store: {profiles.Count} profiles written to SQLite in {storeLoad.TotalSeconds:0.0} s");
            var rebuild = await TimeAsync(() => RebuildAsync(data));
            log.WriteLine($"  rebuild of the index from the store: {rebuild.TotalSeconds:0.0} s");

            var key = Guid.NewGuid().ToString("N");
            await using var server = await BenchServer.StartAsync(data, broker: null, new Dictionary<string, string?>
            {
                ["CandidateBank:ApiKeys:0:Name"] = "bench-consultant", ["CandidateBank:ApiKeys:0:Role"] = "consultant",
                ["CandidateBank:ApiKeys:0:JobCentre"] = "Aarhus", ["CandidateBank:ApiKeys:0:Key"] = key,
                // The per-key rate limit protects a real server from one partner; here it would only measure itself.
                ["CandidateBank:Limits:RequestsPerMinutePerKey"] = "10000000",
            });
            using var http = new HttpClient { BaseAddress = BenchServer.Address(server), Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Add("X-Api-Key", key);

            var clock = Stopwatch.StartNew();
            var ids = await SubmitAsync(http, orders);
            await WaitForShortlistsAsync(http, ids.Values);
            var allReady = clock.Elapsed;
            log.WriteLine($"  {orders.Count} orders submitted over HTTP and shortlisted in {allReady.TotalSeconds:0.0} s");

            async Task Ask(JobOrder order)
            {
                using var response = await http.GetAsync($"/api/v1/job-orders/{ids[order.JobOrderId!]}/shortlist");
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            }
            await LatencyRun.WarmUpAsync(Ask, orders);
            var one = await LatencyRun.MeasureAsync(Ask, orders, clients: 1, rounds);
            var two = await LatencyRun.MeasureAsync(Ask, orders, clients: 2, rounds);
            await server.StopAsync();
            return new ApiResult(profiles.Count, storeLoad, rebuild, allReady, one, two);
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed;
    }

    private static CandidateBankDb OpenStore(string data)
    {
        Directory.CreateDirectory(data);
        return StoreSetup.Open(data, new StoreOptions());
    }

    /// <summary>As the indexer stores them (one row per profile, the JSON as published), in large transactions.</summary>
    internal static async Task StoreAsync(string data, IReadOnlyList<CandidateProfile> profiles)
    {
        await using var db = OpenStore(data);
        await db.InitialiseAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTimeOffset.UtcNow;
        foreach (var chunk in profiles.Chunk(StoreChunk))
        {
            db.Candidates.AddRange(chunk.Select(p => new CandidateRecord
            {
                CandidateId = p.CandidateId, JobCentre = p.JobCentre, Version = p.Version, PublishedAt = now, IndexedAt = now,
                ProfileJson = JsonSerializer.Serialize(p, ContractJson.Options),
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Exactly what <c>candidatebank reindex</c> does.</summary>
    internal static async Task RebuildAsync(string data)
    {
        await using var db = OpenStore(data);
        using var index = new CandidateIndex(Path.Combine(data, "index"), Municipalities.Denmark, RecruitmentNetworks.Defaults);
        await IndexRebuild.RebuildAsync(db, index);
    }

    internal static async Task<Dictionary<string, string>> SubmitAsync(HttpClient http, IReadOnlyList<JobOrder> orders)
    {
        var ids = new Dictionary<string, string>();
        foreach (var order in orders)
        {
            using var response = await http.PostAsJsonAsync("/api/v1/job-orders", order with { JobOrderId = null }, ContractJson.Options);
            if (response.StatusCode != HttpStatusCode.Accepted)
                throw new InvalidOperationException($"POST /api/v1/job-orders answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
            ids[order.JobOrderId!] = accepted.GetProperty("id").GetString()!;
        }
        return ids;
    }

    internal static async Task WaitForShortlistsAsync(HttpClient http, IEnumerable<string> ids)
    {
        var deadline = DateTime.UtcNow.AddMinutes(30);
        foreach (var id in ids)
        {
            while (true)
            {
                using var response = await http.GetAsync($"/api/v1/job-orders/{id}/shortlist");
                if (response.IsSuccessStatusCode) break; // 404 until stored, 409 until shortlisted
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"Order {id} has no shortlist after 30 minutes.");
                await Task.Delay(20);
            }
        }
    }
}
