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
/// shortlist email reaching the stack's SMTP catcher.
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
        var stack = File.ReadAllLines(Path.Combine(_state, "stack.env")).Where(l => l.Contains('=') && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        // The broker's Erlang distribution port listens on loopback only, like AMQP.
        var distPort = File.ReadAllLines(Path.Combine(_state, "broker.env")).Single(l => l.StartsWith("DIST_PORT=", StringComparison.Ordinal)).Split('=')[1];
        var listening = await Listeners(distPort);
        Assert.NotEmpty(listening);
        Assert.All(listening, address => Assert.StartsWith("127.0.0.1:", address));

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
    private async Task<(int ExitCode, string Output)> LocalStack(string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "deploy", "local-stack.sh"));
        start.ArgumentList.Add(command);
        start.Environment["STATE"] = _state;
        start.Environment["CB_APP"] = Repository.ServerBuildDirectory;
        start.Environment["CB_PORT"] = ServerProcess.FreePort().ToString();
        // The test broker's settings are exported in this process; the stack's broker must not inherit them.
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("RABBITMQ_")).ToList()) start.Environment.Remove(variable);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(150));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    public void Dispose()
    {
        var (exit, output) = LocalStack("purge").GetAwaiter().GetResult();
        Assert.True(exit == 0, $"local-stack.sh purge failed ({exit}):\n{output}");
    }
}
