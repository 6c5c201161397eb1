using System.Diagnostics;

namespace CandidateBank.Api.Tests;

/// <summary>
/// Stops and starts the RabbitMQ application of the private test broker with rabbitmqctl. stop_app/start_app keep
/// the Erlang node, its port and the quorum queues' data: to clients it is a broker restart.
/// </summary>
public static class BrokerControl
{
    private static string Node => Environment.GetEnvironmentVariable("CANDIDATEBANK_TEST_RABBITMQ_NODE")
        ?? throw new InvalidOperationException("CANDIDATEBANK_TEST_RABBITMQ_NODE is not set: run the tests with 'bash tests/run.sh'.");

    private static string Rabbitmqctl => Environment.GetEnvironmentVariable("CANDIDATEBANK_TEST_RABBITMQCTL") ?? "/usr/lib/rabbitmq/bin/rabbitmqctl";

    public static Task StopAppAsync() => RunAsync("stop_app");

    /// <summary>Starts the application and returns once it accepts connections again.</summary>
    public static async Task StartAppAsync()
    {
        await RunAsync("start_app");
        await RunAsync("await_startup", "--timeout", "60");
    }

    private static async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Rabbitmqctl) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-n", Node, "-q" }.Concat(arguments)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output} {await error}");
    }
}
