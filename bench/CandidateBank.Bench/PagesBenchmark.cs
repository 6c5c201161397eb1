using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CandidateBank.Bench.Search;
using CandidateBank.SyntheticData;

namespace CandidateBank.Bench;

/// <summary>
/// <c>pages</c>: how long the web app's pages take to render on the server at scale. Synthetic profiles are written to
/// the store and indexed as <c>reindex</c> does, the real server starts on them, a consultant submits orders over HTTP,
/// then a signed-in consultant and a signed-in job-centre user ask for each page in turn (one at a time, after a
/// warm-up), and the time to the last byte is reported per page.
/// </summary>
public static partial class PagesBenchmark
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/CandidateBank.Bench -- pages [--candidates 100000] [--orders 40] [--rounds 200] [--smoke]
          Renders /app/orders, /app/orders/{id}, /app/orders/new, /app/turnaround, /app/outreach, /app/candidates and
          /app/candidates/{id} --rounds times each against a bank of --candidates synthetic profiles and reports p50/p95
          per page. --smoke: 2,000 candidates, 5 orders, 20 rounds, to check that it works.
        """;

    public const double TargetP95Ms = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var smoke = args.Contains("--smoke");
        int Option(string name, int normal, int small) =>
            Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : smoke ? small : normal;
        var candidates = Option("--candidates", 100_000, 2_000);
        var orderCount = Option("--orders", 40, 5);
        var rounds = Option("--rounds", 200, 20);

        var profiles = SyntheticBank.Denmark.Candidates(candidates, seed: 1).ToList();
        var orders = SyntheticBank.Denmark.JobOrders(orderCount, seed: 1).Select((o, i) => o with { JobOrderId = $"order-{i}" }).ToList();
        var data = Path.Combine(Path.GetTempPath(), "candidatebank-pages-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Console.WriteLine($"Page benchmark: {candidates:N0} candidates, {orderCount} orders, {rounds} requests per page, {Environment.ProcessorCount} CPUs{(smoke ? " (smoke)" : "")}");
            await ApiSearchBenchmark.StoreAsync(data, profiles);
            await ApiSearchBenchmark.RebuildAsync(data);
            var (consultantKey, jobCentreKey) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
            var jobCentre = profiles.GroupBy(p => p.JobCentre).MaxBy(g => g.Count())!.Key;
            await using var server = await BenchServer.StartAsync(data, broker: null, new Dictionary<string, string?>
            {
                ["CandidateBank:ApiKeys:0:Name"] = "bench-consultant", ["CandidateBank:ApiKeys:0:Role"] = "consultant",
                ["CandidateBank:ApiKeys:0:JobCentre"] = jobCentre, ["CandidateBank:ApiKeys:0:Key"] = consultantKey,
                ["CandidateBank:ApiKeys:1:Name"] = "bench-jobcentre", ["CandidateBank:ApiKeys:1:Role"] = "jobcentre",
                ["CandidateBank:ApiKeys:1:JobCentre"] = jobCentre, ["CandidateBank:ApiKeys:1:Key"] = jobCentreKey,
                ["CandidateBank:Limits:RequestsPerMinutePerKey"] = "10000000",
            });
            var address = BenchServer.Address(server);
            using var api = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            api.DefaultRequestHeaders.Add("X-Api-Key", consultantKey);
            var ids = (await ApiSearchBenchmark.SubmitAsync(api, orders)).Values.ToList();
            await ApiSearchBenchmark.WaitForShortlistsAsync(api, ids);

            using var consultant = await SignedInAsync(address, consultantKey);
            using var office = await SignedInAsync(address, jobCentreKey);
            var own = profiles.Where(p => p.JobCentre == jobCentre).Select(p => p.CandidateId).ToList();
            Console.WriteLine($"  the job centre's pages are {jobCentre}'s, with {own.Count:N0} of the candidates");
            var pages = new (string Name, HttpClient Client, Func<int, string> Path)[]
            {
                ("/app/orders", consultant, _ => "/app/orders"),
                ("/app/orders/{id}", consultant, i => $"/app/orders/{ids[i % ids.Count]}"),
                ("/app/orders/new", consultant, _ => "/app/orders/new"),
                ("/app/turnaround", consultant, _ => "/app/turnaround"),
                ("/app/outreach", consultant, _ => "/app/outreach"),
                ("/app/candidates", office, _ => "/app/candidates"),
                ("/app/candidates/{id}", office, i => $"/app/candidates/{own[i * 7919 % own.Count]}"),
            };
            var worst = 0.0;
            foreach (var (name, client, path) in pages)
            {
                for (var i = 0; i < Math.Max(10, rounds / 10); i++) await GetAsync(client, path(i)); // warm-up: JIT, caches
                var times = new List<TimeSpan>();
                for (var i = 0; i < rounds; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await GetAsync(client, path(i));
                    times.Add(clock.Elapsed);
                }
                var summary = LatencySummary.From(times);
                worst = Math.Max(worst, summary.P95Ms);
                Console.WriteLine($"  {name,-22} {summary}");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest page p95 {worst:0.0} ms: {(worst <= TargetP95Ms ? "within" : "OVER")} the {TargetP95Ms:0} ms target"));
            await server.StopAsync();
            return 0;
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>A browser-like client: signs in through the form and keeps the session cookie.</summary>
    private static async Task<HttpClient> SignedInAsync(Uri address, string key)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
        var form = await client.GetStringAsync("/app/sign-in");
        var token = VerificationToken().Match(form).Groups[1].Value;
        using var signedIn = await client.PostAsync("/app/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Key"] = key, ["__RequestVerificationToken"] = token }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Signing in answered {(int)signedIn.StatusCode}.");
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex VerificationToken();
}
