using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

/// <summary>
/// At-least-once delivery under faults: whatever breaks, every profile ends up stored and indexed exactly once with
/// its own version. Slow (thousands of profiles each): filter them out locally with --filter "Category!=Slow";
/// tests/run.sh runs them.
/// </summary>
[Collection(RabbitMqBroker.Collection)]
[Trait("Category", "Slow")]
public sealed class BusFaultTests
{
    private static List<CandidateProfile> ProfilesWithVersions(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => Profiles.Struktør($"{prefix}-{i:D5}") with { Version = 1 + i % 3 }).ToList();

    private static void AssertExactlyOnce(IReadOnlyList<CandidateProfile> published, IReadOnlyDictionary<string, int> stored, int documents, IReadOnlyDictionary<CandidateKey, int> indexed)
    {
        Assert.Equal(published.Count, stored.Count);
        Assert.Equal(published.Count, documents);
        Assert.Equal(published.Count, indexed.Count);
        var wrong = published.Where(p => stored.GetValueOrDefault(p.CandidateId) != p.Version || indexed.GetValueOrDefault(CandidateKey.Of(p)) != p.Version).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} profiles have a missing or wrong version, e.g. {wrong.FirstOrDefault()?.CandidateId}");
    }

    [Fact]
    public async Task Ten_thousand_profiles_published_across_a_broker_restart_are_stored_and_indexed_exactly_once()
    {
        var factory = CandidateBankFactory.WithFreshData(RabbitMqBroker.ServerSettings());
        try
        {
            factory.CreateClient(); // starts the server, which declares its exchanges and queues
            await RabbitMqBroker.WaitForConsumer("candidate-profile");
            var profiles = ProfilesWithVersions("restart", 10_000);
            var fifthConfirmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var brokerStopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            // The feed waits at 2,000 until the broker is down, so it runs into the outage however slowly rabbitmqctl
            // stops the broker on a busy machine, and goes on (reconnecting) while the broker starts again.
            var publishing = ReliablePublisher.PublishAsync(profiles, async confirmed =>
            {
                if (confirmed < 2_000 || brokerStopped.Task.IsCompleted) return;
                fifthConfirmed.TrySetResult();
                await brokerStopped.Task;
            }, perSecond: 1_000, giveUpAfterSeconds: 180);
            await fifthConfirmed.Task.WaitAsync(TimeSpan.FromSeconds(60));
            try { await BrokerControl.StopAppAsync(); }
            finally
            {
                brokerStopped.TrySetResult();
                await BrokerControl.StartAppAsync();
            }
            var reconnects = await publishing;

            await RabbitMqBroker.WaitForEmptyQueue("candidate-profile", timeoutSeconds: 240); // the re-published duplicates too
            var stored = await DataProbe.WaitForIndexed(factory.DataDirectory, profiles.Count);
            var index = factory.Services.GetRequiredService<CandidateIndex>();
            Assert.True(reconnects > 0, "the publisher should have lost its connection to the restarted broker");
            AssertExactlyOnce(profiles, stored, index.Count, index.IndexedVersions());
            Assert.Equal(profiles.Count, DataProbe.StoredRows(factory.DataDirectory));
        }
        finally
        {
            factory.Dispose();
            factory.DeleteData();
            await RabbitMqBroker.Purge("candidate-profile", "candidate-profile_error");
        }
    }

    [Fact]
    public async Task Indexer_killed_while_consuming_and_restarted_leaves_every_profile_stored_and_indexed_once()
    {
        var data = Path.Combine(Path.GetTempPath(), "candidatebank-crash-" + Guid.NewGuid().ToString("N"));
        var port = ServerProcess.FreePort();
        await RabbitMqBroker.Purge("candidate-profile");
        try
        {
            var profiles = ProfilesWithVersions("crash", 4_000);
            int storedAtKill;
            using (var first = ServerProcess.Start(data, port))
            {
                await first.WaitUntilReady();
                await RabbitMqBroker.WaitForConsumer("candidate-profile");
                await ReliablePublisher.PublishAsync(profiles);
                await DataProbe.WaitForIndexed(data, 300);
                first.Kill();
                storedAtKill = DataProbe.StoredAndIndexed(data).Count;
            }
            Assert.True(storedAtKill < profiles.Count, $"the server should have been killed mid-stream, but all {storedAtKill} were done");

            using (var second = ServerProcess.Start(data, port))
            {
                await second.WaitUntilReady();
                await DataProbe.WaitForIndexed(data, profiles.Count);
                await RabbitMqBroker.WaitForEmptyQueue("candidate-profile");
                await second.StopAsync();
            }
            var (documents, versions) = DataProbe.Index(data);
            AssertExactlyOnce(profiles, DataProbe.StoredAndIndexed(data), documents, versions);
            Assert.Equal(profiles.Count, DataProbe.StoredRows(data));
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
            await RabbitMqBroker.Purge("candidate-profile", "candidate-profile_error");
        }
    }
}
