using System.Diagnostics;

namespace CandidateBank.Bench;

public sealed record CatchUpResult(int Stored, int Backlog, TimeSpan Ready, TimeSpan CaughtUp)
{
    public void Print() => Console.WriteLine(
        $"catch-up  {Backlog,7} profiles published while the server was down ({Stored:N0} already stored): ready after " +
        $"{Ready.TotalSeconds:0.00} s, caught up after {CaughtUp.TotalSeconds:0.00} s = {Backlog / (CaughtUp - Ready).TotalSeconds:N0} profiles/s");
}

/// <summary>
/// A replica restarted after partners kept publishing: its durable queue held everything meanwhile. Measures the time
/// from process start to ready (index repair included) and to every backlog profile stored and searchable.
/// </summary>
public static class CatchUpBenchmark
{
    public static async Task<CatchUpResult> RunAsync(int count, string broker)
    {
        var run = IngestBenchmark.NewRunId();
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"candidatebank-catchup-{run}");
        try
        {
            var stored = IngestBenchmark.BenchProfiles(run + "-a", count);
            await using (var first = await BenchServer.StartAsync(dataDirectory, broker))
            {
                await ConfirmingPublisher.PublishAsync(broker, stored);
                await IngestBenchmark.WaitUntilIndexed(first.Services, stored, Task.CompletedTask);
                await first.StopAsync();
            }

            var backlog = IngestBenchmark.BenchProfiles(run + "-b", count);
            await ConfirmingPublisher.PublishAsync(broker, backlog); // into the durable queue, nobody consuming

            var clock = Stopwatch.StartNew();
            await using var restarted = await BenchServer.StartAsync(dataDirectory, broker);
            var ready = clock.Elapsed;
            await IngestBenchmark.WaitUntilIndexed(restarted.Services, backlog, Task.CompletedTask);
            var caughtUp = clock.Elapsed;
            await restarted.StopAsync();
            return new CatchUpResult(count, count, ready, caughtUp);
        }
        finally
        {
            if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
