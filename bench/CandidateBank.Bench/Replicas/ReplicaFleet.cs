using System.Diagnostics;

namespace CandidateBank.Bench.Replicas;

/// <summary>
/// Replicas on one PostgreSQL store and one RabbitMQ vhost, as deploy/local-stack.sh --replicas runs them: each with a
/// replica id of its own (its own profile queues) and an empty data directory of its own (its own Lucene index).
/// Disposing kills every replica and deletes their data directories, whatever happened before.
/// </summary>
public sealed class ReplicaFleet : IDisposable
{
    public const string ConsultantKey = "replica-bench-consultant-key";

    private readonly List<ReplicaProcess> _replicas = [];
    private readonly (string ServerDll, string Store, string Broker, string Run) _setup;

    public ReplicaFleet(string serverDll, string storeConnectionString, string broker, string run)
    {
        _setup = (serverDll, storeConnectionString, broker, run);
        // An exit that skips the finally blocks (a second Ctrl-C) must not leave servers running.
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
    }

    private void KillOnExit(object? sender, EventArgs e) => Dispose();

    public IReadOnlyList<ReplicaProcess> Replicas { get { lock (_replicas) return _replicas.ToList(); } }

    private ReplicaProcess Start()
    {
        lock (_replicas)
        {
            var name = $"{_setup.Run}-{_replicas.Count + 1}";
            var settings = new Dictionary<string, string>(BenchServer.BrokerSettings(_setup.Broker))
            {
                ["CandidateBank:Store:Provider"] = "Postgres",
                ["CandidateBank:Store:ConnectionString"] = _setup.Store,
                ["CandidateBank:Replica:Id"] = name,
                // The shortest the server allows: a benchmark's queues should not outlive it by a week.
                ["CandidateBank:Replica:QueuesExpireAfter"] = "00:01:00",
                // Its second look at the store comes before the measurements rather than in the middle of them.
                ["CandidateBank:Replica:CatchUpAfter"] = "00:00:02",
                ["CandidateBank:ApiKeys:0:Name"] = "replica-bench",
                ["CandidateBank:ApiKeys:0:Key"] = ConsultantKey,
                ["CandidateBank:ApiKeys:0:Role"] = "consultant",
                ["CandidateBank:ApiKeys:0:JobCentre"] = "Aarhus",
                // The per-key rate limit protects a real server from one partner; here it would only measure itself.
                ["CandidateBank:Limits:RequestsPerMinutePerKey"] = "100000000",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            var dataDirectory = Path.Combine(Path.GetTempPath(), $"candidatebank-replica-bench-{name}");
            var replica = ReplicaProcess.Start(_setup.ServerDll, name, dataDirectory, settings);
            _replicas.Add(replica);
            return replica;
        }
    }

    /// <summary>
    /// Starts one more replica on an empty data directory and waits until it is ready and its index holds every one of
    /// the store's <paramref name="profiles"/>, timed from process start. It indexes the store before it listens: the
    /// index growing on disk is the only progress to show meanwhile.
    /// </summary>
    public async Task<(ReplicaProcess Replica, TimeSpan Ready, TimeSpan Indexed)> AddAsync(long profiles, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var replica = Start();
        await replica.WaitUntilReadyAsync(timeout, cancellationToken,
            waited => Console.WriteLine($"    replica {replica.Name} catching up ({waited.TotalSeconds:0} s): index {replica.IndexBytes() / 1_000_000:N0} MB on disk"));
        var ready = clock.Elapsed;
        await WaitUntilIndexedAsync([replica], profiles, timeout, cancellationToken);
        return (replica, ready, clock.Elapsed);
    }

    /// <summary>A consultant's client for <paramref name="replica"/>'s REST API.</summary>
    public static HttpClient Consultant(ReplicaProcess replica)
    {
        var client = new HttpClient { BaseAddress = replica.Url, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ConsultantKey);
        return client;
    }

    /// <summary>
    /// Waits until every replica's index holds <paramref name="profiles"/> documents and misses nothing the store
    /// holds, printing where each stands every 10 s.
    /// </summary>
    public async Task WaitUntilIndexedAsync(IEnumerable<ReplicaProcess> replicas, long profiles, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var told = TimeSpan.Zero;
        while (true)
        {
            var states = await Task.WhenAll(replicas.Select(r => r.IndexAsync(cancellationToken)));
            if (states.All(s => s.Documents == profiles && s.Lag == 0)) return;
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"Indexes incomplete after {timeout.TotalSeconds:0} s: {string.Join(", ", states.Select(s => $"{s.Documents} documents, lag {s.Lag}"))}");
            if (clock.Elapsed - told >= TimeSpan.FromSeconds(10))
            {
                told = clock.Elapsed;
                Console.WriteLine($"    waiting for the indexes ({told.TotalSeconds:0} s): {string.Join(", ", states.Select(s => $"{s.Documents:N0} of {profiles:N0}"))}");
            }
            await Task.Delay(250, cancellationToken);
        }
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        List<ReplicaProcess> replicas;
        lock (_replicas)
        {
            replicas = _replicas.ToList();
            _replicas.Clear();
        }
        foreach (var replica in replicas)
        {
            replica.Dispose();
            try { if (Directory.Exists(replica.DataDirectory)) Directory.Delete(replica.DataDirectory, recursive: true); }
            catch (IOException e) { Console.Error.WriteLine($"Could not delete {replica.DataDirectory}: {e.Message}"); }
        }
    }
}
