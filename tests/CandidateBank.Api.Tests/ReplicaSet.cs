using CandidateBank.Tests.Shared;

namespace CandidateBank.Api.Tests;

/// <summary>
/// Server processes sharing one PostgreSQL database and one RabbitMQ vhost, each a replica with its own data
/// directory (Lucene index, outbox files) and its own profile queues, as deploy/local-stack.sh --replicas runs them.
/// </summary>
public sealed class ReplicaSet : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private readonly List<Replica> _replicas = [];

    public IReadOnlyList<Replica> Replicas => _replicas;

    public sealed record Replica(string Name, string DataDirectory, int Port)
    {
        public ServerProcess Server { get; set; } = null!;

        public HttpClient Client(string key)
        {
            var client = new HttpClient { BaseAddress = Server.Url, Timeout = TimeSpan.FromSeconds(60) };
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            return client;
        }

        public async Task<string> MetricsAsync()
        {
            using var http = new HttpClient { BaseAddress = Server.Url };
            return await http.GetStringAsync("/metrics");
        }

        /// <summary>Candidates this replica's own index finds, and how many the shared store holds beyond that.</summary>
        public async Task<(int Documents, int Lag)> IndexAsync()
        {
            var text = await MetricsAsync();
            return ((int)PrometheusText.Value(text, "candidatebank_index_documents"), (int)PrometheusText.Value(text, "candidatebank_index_lag"));
        }
    }

    public async Task InitializeAsync()
    {
        // Job orders left on the shared queue by earlier tests would be shortlisted here.
        await RabbitMqBroker.Purge("job-order");
        foreach (var name in new[] { "a", "b", "c" }) Add(name);
        await Task.WhenAll(_replicas.Select(r => r.Server.WaitUntilReady()));
    }

    /// <summary>Starts a replica named <paramref name="name"/>; a name used before restarts it on its data directory and queues.</summary>
    public Replica Add(string name)
    {
        var replica = _replicas.FirstOrDefault(r => r.Name == name);
        if (replica is null)
        {
            replica = new Replica(name, Path.Combine(Path.GetTempPath(), $"candidatebank-replica-{_run}-{name}"), ServerProcess.FreePort());
            _replicas.Add(replica);
        }
        replica.Server = ServerProcess.Start(replica.DataDirectory, replica.Port, settings: new Dictionary<string, string>
        {
            ["CandidateBank:Store:Provider"] = "Postgres",
            ["CandidateBank:Store:ConnectionString"] = _database.ConnectionString,
            ["CandidateBank:Replica:Id"] = $"t{_run}-{name}",
            // Queues of a test's replicas go soon after the test; a replica restarted within it finds its queue.
            ["CandidateBank:Replica:QueuesExpireAfter"] = "00:03:00",
            ["CandidateBank:Replica:CatchUpAfter"] = "00:00:02",
            ["CandidateBank:Email:PollSeconds"] = "0.5",
            ["CandidateBank:Limits:RequestsPerMinutePerKey"] = "1000000",
            ["CandidateBank:ApiKeys:1:Name"] = "consultant",
            ["CandidateBank:ApiKeys:1:Key"] = CandidateBankFactory.ConsultantKey,
            ["CandidateBank:ApiKeys:1:Role"] = "consultant",
            ["CandidateBank:ApiKeys:1:JobCentre"] = "Aarhus",
        });
        return replica;
    }

    /// <summary>Waits until every running replica's index holds everything the store holds, and the same number of documents.</summary>
    public async Task<int> WaitUntilIndexesAgree(IEnumerable<Replica> replicas, int atLeast, int timeoutSeconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var states = await Task.WhenAll(replicas.Select(r => r.IndexAsync()));
            if (states.All(s => s.Lag == 0 && s.Documents >= atLeast) && states.Select(s => s.Documents).Distinct().Count() == 1) return states[0].Documents;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Replica indexes did not agree within {timeoutSeconds} s: {string.Join(", ", states.Select(s => $"{s.Documents} documents, lag {s.Lag}"))}");
            await Task.Delay(250);
        }
    }

    /// <summary>Waits until every replica's index holds exactly <paramref name="documents"/> documents.</summary>
    public async Task<int> WaitUntilIndexesAgreeOn(IEnumerable<Replica> replicas, int documents, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var states = await Task.WhenAll(replicas.Select(r => r.IndexAsync()));
            if (states.All(s => s.Documents == documents)) return documents;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Replica indexes did not reach {documents} within {timeoutSeconds} s: {string.Join(", ", states.Select(s => s.Documents))}");
            await Task.Delay(250);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            replica.Server.Dispose();
            if (Directory.Exists(replica.DataDirectory)) Directory.Delete(replica.DataDirectory, recursive: true);
        }
        _database.Dispose();
        await Task.CompletedTask;
    }
}
