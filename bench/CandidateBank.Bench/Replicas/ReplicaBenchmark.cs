using System.Runtime.InteropServices;

namespace CandidateBank.Bench.Replicas;

/// <summary>
/// <c>replicas</c>: several server processes on one PostgreSQL store and one RabbitMQ vhost. Order-to-shortlist time and
/// shortlist read throughput with 1, 2, … replicas (<see cref="ScalingRun"/>), then how fast a new replica catches up
/// on a large store (<see cref="CatchUpRun"/>). Every replica, database and data directory it made goes at the end,
/// also after a failure, Ctrl-C or SIGTERM.
/// </summary>
public static class ReplicaBenchmark
{
    public const string Usage = ReplicaBenchOptions.Usage;

    public static async Task<int> RunAsync(string[] args)
    {
        if (ReplicaBenchOptions.Parse(args) is not { } options) return 2;
        using var stop = new CancellationTokenSource();
        // The first signal stops the run and lets it clean up; a second one ends the process at once (ReplicaFleet still kills its replicas).
        void Stop(PosixSignalContext signal)
        {
            if (stop.IsCancellationRequested) return;
            signal.Cancel = true;
            Console.Error.WriteLine($"{signal.Signal}: stopping the replicas and dropping the databases");
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        // Replica ids name queues in a shared vhost: a run of its own, so no two runs (or a killed run's leftovers) share one.
        var run = "rb" + Guid.NewGuid().ToString("N")[..6];
        Console.WriteLine($"Replica benchmark {run}: {Environment.ProcessorCount} CPUs shared by the replicas, PostgreSQL, RabbitMQ and this client{(options.Smoke ? " (smoke)" : "")}");
        try
        {
            var scaling = await ScalingRun.RunAsync(options, run, stop.Token);
            CatchUpResult? catchUp = null;
            if (options.CatchUpProfiles > 0) catchUp = await CatchUpRun.RunAsync(options, run + "-new", stop.Token);

            Console.WriteLine();
            Console.WriteLine($"Summary ({options.Profiles:N0} profiles in the store, every replica indexes all of them):");
            ScalingRun.Print(scaling, options);
            if (catchUp is not null) Console.WriteLine($"Catch-up: {catchUp}");
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("Stopped before the end.");
            return 130;
        }
    }
}
