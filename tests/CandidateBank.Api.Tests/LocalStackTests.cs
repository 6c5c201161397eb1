using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Cli;
using CandidateBank.Contracts;
using MimeKit;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace CandidateBank.Api.Tests;

/// <summary>
/// deploy/local-stack.sh end to end: its own RabbitMQ node (node name and ports differ from the test broker's) with
/// deploy/rabbitmq/definitions.json, the server on it, a least-privilege partner publishing with the CLI, and the
/// shortlist email reaching the stack's SMTP catcher; and <c>start --replicas 2</c>: two servers on a private
/// PostgreSQL behind HAProxy, which spreads requests and holds one request budget for both, scraped by Prometheus.
/// </summary>
[Collection(RabbitMqBroker.Collection)]
[Trait("Category", "Slow")]
public sealed class LocalStackTests : IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "candidatebank-local-stack-test-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Partner_publishes_through_the_local_stack_the_shortlist_is_emailed_and_the_partner_may_not_consume_the_indexers_queue()
    {
        var (exit, output) = await LocalStack("start");
        Assert.True(exit == 0, $"local-stack.sh start failed ({exit}):\n{output}");
        var stack = StackEnv();
        // The broker's Erlang distribution port listens on loopback only, like AMQP.
        var distPort = File.ReadAllLines(Path.Combine(_state, "broker.env")).Single(l => l.StartsWith("DIST_PORT=", StringComparison.Ordinal)).Split('=')[1];
        var listening = await Listeners(distPort);
        Assert.NotEmpty(listening);
        Assert.All(listening, address => Assert.StartsWith("127.0.0.1:", address));
        // So does epmd when the stack (or tests/rabbitmq.sh before it) started it; one some other Erlang program started
        // on every interface is reported at start, since the stack shares it rather than stopping it.
        var epmd = await Listeners("4369");
        Assert.NotEmpty(epmd);
        if (epmd.Any(address => address is not ("127.0.0.1:4369" or "[::1]:4369")))
            Assert.Contains("Warning: an epmd this stack did not start listens beyond loopback", output);

        var file = Path.Combine(_state, "profiles.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new[] { Profiles.Struktør("stack-1") }, ContractJson.Options));
        var published = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["publish", "--file", file, "--broker", stack["CB_PARTNER_AMQP_URL"]], published, published));

        using var http = new HttpClient { BaseAddress = new Uri(stack["CB_URL"]) };
        http.DefaultRequestHeaders.Add("X-Api-Key", stack["CB_JOBCENTRE_KEY"]);
        Assert.Equal(HttpStatusCode.OK, (await http.GetWhen("/api/v1/candidates/stack-1", r => r.IsSuccessStatusCode)).StatusCode);

        using var consultant = new HttpClient { BaseAddress = new Uri(stack["CB_URL"]) };
        consultant.DefaultRequestHeaders.Add("X-Api-Key", stack["CB_CONSULTANT_KEY"]);
        var submitted = await consultant.PostAsJsonAsync("/api/v1/job-orders", DeliveryFlow.OrderFrom("hr@letbanebyg.example") with { AutoSend = true }, ContractJson.Options);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var orderId = (await submitted.Read<JobOrderAccepted>()).Id;
        await consultant.GetWhen($"/api/v1/job-orders/{orderId}", r => r.IsSuccessStatusCode); // the order is stored asynchronously
        await consultant.WaitForStatus(orderId, "sent", timeoutMs: 60_000);
        var email = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(stack["CB_MAIL_DIR"], "*.eml")));
        Assert.Equal("hr@letbanebyg.example", Assert.Single(email.To.Mailboxes).Address);

        var partner = new ConnectionFactory { Uri = new Uri(stack["CB_PARTNER_AMQP_URL"]) };
        await using var connection = await partner.CreateConnectionAsync();
        await AssertAccessRefused(connection, channel => channel.BasicGetAsync("candidate-profile", autoAck: false));
        await AssertAccessRefused(connection, channel => channel.BasicConsumeAsync("candidate-profile", autoAck: false, new AsyncEventingBasicConsumer(channel)));
    }

    [Fact]
    public async Task Two_replicas_behind_haproxy_share_one_request_budget_are_scraped_by_prometheus_and_stop_leaves_nothing_running()
    {
        const int budget = 12, feedbackBudget = 4;
        var (exit, output) = await LocalStack(["start", "--replicas", "2"], TimeSpan.FromSeconds(300), new()
        {
            ["CB_RATE_LIMIT_PER_MINUTE"] = budget.ToString(), ["CB_FEEDBACK_RATE_LIMIT_PER_MINUTE"] = feedbackBudget.ToString(),
        });
        Assert.True(exit == 0, $"local-stack.sh start --replicas 2 failed ({exit}):\n{output}");
        var stack = StackEnv();
        var replicas = stack["CB_REPLICA_URLS"].Split(' ');
        Assert.Equal(2, replicas.Length);
        Assert.StartsWith("postgresql://", stack["CB_POSTGRES_URL"]);
        Assert.True(Directory.Exists(stack["CB_MAIL_DIR"]), "CB_MAIL_DIR is kept with replicas");
        using var anonymous = new HttpClient();
        foreach (var replica in replicas)
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{replica}/health/ready")).StatusCode);
        Assert.DoesNotContain(stack["CB_URL"], replicas); // CB_URL is HAProxy's

        // One key, over its budget: HAProxy lets exactly the budget through, spread over both replicas (each sees only
        // part of it, under any per-process limit), and refuses the rest itself.
        const string route = "/api/v1/candidates/{candidateId}";
        var before = await Task.WhenAll(replicas.Select(r => RequestCount(anonymous, r, route)));
        using var jobCentre = new HttpClient { BaseAddress = new Uri(stack["CB_URL"]) };
        jobCentre.DefaultRequestHeaders.Add("X-Api-Key", stack["CB_JOBCENTRE_KEY"]);
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < budget + 5; i++) answers.Add(await jobCentre.GetAsync("/api/v1/candidates/nobody"));
        Assert.All(answers.Take(budget), a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.All(answers.Skip(budget), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        var refused = answers[^1];
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
        {
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
            Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("type").GetString()));
            Assert.Contains($"{budget} requests a minute", problem.RootElement.GetProperty("detail").GetString());
            Assert.Contains("load balancer", problem.RootElement.GetProperty("detail").GetString());
        }
        var moved = await WaitFor(async () =>
        {
            var after = await Task.WhenAll(replicas.Select(r => RequestCount(anonymous, r, route)));
            var delta = after.Zip(before, (a, b) => a - b).ToArray();
            return delta.Sum() == budget ? delta : null;
        }, "both replicas' request counters to add up to the budget");
        Assert.All(moved, served => Assert.InRange(served, 1, budget - 1)); // round-robin: both served, neither all

        using var consultant = new HttpClient { BaseAddress = new Uri(stack["CB_URL"]) };
        consultant.DefaultRequestHeaders.Add("X-Api-Key", stack["CB_CONSULTANT_KEY"]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await consultant.GetAsync("/api/v1/job-orders")).StatusCode); // another key's own budget

        // Feedback has no key: counted per client address, whichever replica answers.
        var feedback = new List<HttpStatusCode>();
        for (var i = 0; i < feedbackBudget + 2; i++)
            feedback.Add((await jobCentre.PostAsJsonAsync("/api/v1/feedback/no-such-token", new { rating = 3 })).StatusCode);
        Assert.All(feedback.Take(feedbackBudget), status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        var feedbackRefused = await jobCentre.PostAsJsonAsync("/api/v1/feedback/no-such-token", new { rating = 3 });
        Assert.Equal(HttpStatusCode.TooManyRequests, feedbackRefused.StatusCode);
        Assert.Contains($"{feedbackBudget} feedback requests a minute", await feedbackRefused.Content.ReadAsStringAsync());

        // Prometheus scrapes both replicas, labelled, and has loaded the alert rules.
        var prometheus = stack["CB_PROMETHEUS_URL"];
        var up = await WaitFor(async () =>
        {
            using var targets = JsonDocument.Parse(await anonymous.GetStringAsync($"{prometheus}/api/v1/targets"));
            var candidateBank = targets.RootElement.GetProperty("data").GetProperty("activeTargets").EnumerateArray()
                .Where(t => t.GetProperty("labels").GetProperty("job").GetString() == "candidatebank")
                .Select(t => (Replica: t.GetProperty("labels").GetProperty("replica").GetString(), Health: t.GetProperty("health").GetString()))
                .OrderBy(t => t.Replica).ToList();
            return candidateBank.All(t => t.Health == "up") && candidateBank.Count == 2 ? candidateBank : null;
        }, "Prometheus to scrape both replicas");
        Assert.Equal(new[] { "r1", "r2" }, up.Select(t => t.Replica));
        var rules = await anonymous.GetStringAsync($"{prometheus}/api/v1/rules");
        foreach (var alert in new[] { "CandidateBankOrderOverdue", "CandidateBankOutboxStuck", "CandidateBankReplicaDown", "CandidateBankErrorQueueGrowing" })
            Assert.Contains($"\"{alert}\"", rules);
        // Every query of the Grafana dashboard parses and runs on this Prometheus (Grafana itself is not here).
        using (var dashboard = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy", "grafana", "candidatebank-dashboard.json"))))
        {
            foreach (var target in dashboard.RootElement.GetProperty("panels").EnumerateArray()
                         .SelectMany(p => p.TryGetProperty("targets", out var t) ? t.EnumerateArray().ToList() : []))
            {
                var query = target.GetProperty("expr").GetString()!.Replace("$__rate_interval", "1m").Replace("$replica", ".*");
                var answer = await anonymous.GetAsync($"{prometheus}/api/v1/query?query={Uri.EscapeDataString(query)}");
                Assert.True(answer.IsSuccessStatusCode, $"{query}: {await answer.Content.ReadAsStringAsync()}");
            }
        }

        var pids = StackPids();
        Assert.Equal(7, pids.Count);
        Assert.All(pids, p => Assert.True(Running(p.Value), $"{p.Key} (pid {p.Value}) runs before stop"));
        (exit, output) = await LocalStack(["stop"]);
        Assert.True(exit == 0, $"local-stack.sh stop failed ({exit}):\n{output}");
        Assert.All(pids, p => Assert.False(Running(p.Value), $"{p.Key} (pid {p.Value}) still runs after stop:\n{output}"));
    }

    private Dictionary<string, string> StackEnv() =>
        File.ReadAllLines(Path.Combine(_state, "stack.env")).Where(l => l.Contains('=') && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim('\''));

    /// <summary>Every process the replica stack started, from the pid files it keeps.</summary>
    private Dictionary<string, int> StackPids()
    {
        var files = new Dictionary<string, string>
        {
            ["replica r1"] = "server-r1.pid", ["replica r2"] = "server-r2.pid", ["haproxy"] = "haproxy/haproxy.pid",
            ["prometheus"] = "prometheus/prometheus.pid", ["postgres"] = "postgres/data/postmaster.pid",
            ["broker"] = "broker/rabbit.pid", ["smtp catcher"] = "mail/catcher.pid",
        };
        return files.ToDictionary(f => f.Key, f => int.Parse(File.ReadLines(Path.Combine(_state, f.Value)).First().Trim()));
    }

    /// <summary>Alive and not a zombie (the stack's processes are reparented when the script exits).</summary>
    private static bool Running(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException) { return false; }
    }

    /// <summary>The count of HTTP requests a replica has served on <paramref name="route"/>, any method and status, from its /metrics.</summary>
    private static async Task<long> RequestCount(HttpClient http, string replica, string route)
    {
        var text = await http.GetStringAsync($"{replica}/metrics");
        return text.Split('\n')
            .Where(l => l.StartsWith("candidatebank_http_server_request_duration_seconds_count{", StringComparison.Ordinal) && l.Contains($"http_route=\"{route}\""))
            .Sum(l => long.Parse(l[(l.LastIndexOf(' ') + 1)..]));
    }

    private static async Task<T> WaitFor<T>(Func<Task<T?>> probe, string what, int timeoutMs = 30_000) where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } value) return value;
            if (clock.ElapsedMilliseconds > timeoutMs) throw new TimeoutException($"Waited {timeoutMs} ms for {what}.");
            await Task.Delay(250);
        }
    }

    /// <summary>The local addresses listening on TCP <paramref name="port"/>, as <c>ss</c> reports them.</summary>
    private static async Task<List<string>> Listeners(string port)
    {
        var start = new ProcessStartInfo("ss") { RedirectStandardOutput = true };
        foreach (var argument in new[] { "-ltnH", $"sport = :{port}" }) start.ArgumentList.Add(argument);
        using var ss = Process.Start(start)!;
        var output = await ss.StandardOutput.ReadToEndAsync();
        await ss.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3]).ToList();
    }

    private static async Task AssertAccessRefused(IConnection connection, Func<IChannel, Task> operation)
    {
        await using var channel = await connection.CreateChannelAsync();
        var refused = await Assert.ThrowsAsync<OperationInterruptedException>(() => operation(channel));
        Assert.Equal((ushort)403, refused.ShutdownReason?.ReplyCode);
        Assert.Contains("ACCESS_REFUSED", refused.ShutdownReason?.ReplyText);
    }

    /// <summary>Runs deploy/local-stack.sh on a private state directory, with the server the tests were built with.</summary>
    private Task<(int ExitCode, string Output)> LocalStack(string command) => LocalStack([command]);

    private async Task<(int ExitCode, string Output)> LocalStack(string[] arguments, TimeSpan? timeoutAfter = null, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "deploy", "local-stack.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["STATE"] = _state;
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        start.Environment["CB_APP"] = Repository.ServerBuildDirectory;
        start.Environment["CB_PORT"] = ServerProcess.FreePort().ToString();
        // The test broker's settings are exported in this process; the stack's broker must not inherit them.
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("RABBITMQ_")).ToList()) start.Environment.Remove(variable);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Generous: the first start with replicas may install postgresql, haproxy and prometheus from the Debian packages.
        using var timeout = new CancellationTokenSource(timeoutAfter ?? TimeSpan.FromSeconds(150));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    public void Dispose()
    {
        var (exit, output) = LocalStack("purge").GetAwaiter().GetResult();
        Assert.True(exit == 0, $"local-stack.sh purge failed ({exit}):\n{output}");
    }
}
