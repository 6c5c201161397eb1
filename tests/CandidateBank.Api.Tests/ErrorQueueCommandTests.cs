using System.Net;
using System.Text;
using System.Text.Json;
using CandidateBank.Api.Candidates;
using CandidateBank.Cli;
using CandidateBank.Contracts;
using RabbitMQ.Client;

namespace CandidateBank.Api.Tests;

/// <summary>The operator's error queue commands against the real broker: list leaves messages in place, replay re-delivers.</summary>
[Collection(RabbitMqBroker.Collection)]
public sealed class ErrorQueueCommandTests : IAsyncLifetime
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(RabbitMqBroker.ServerSettings());
    private static string Broker => $"amqp://guest:guest@127.0.0.1:{RabbitMqBroker.Port}/";

    public Task InitializeAsync() => RabbitMqBroker.Purge("candidate-profile_error", "job-order_error");

    [Fact]
    public async Task Listed_dead_letters_stay_queued_a_fixed_one_replays_into_the_store_and_a_still_invalid_one_returns()
    {
        // Version 1 is stored, so another version 1 is dead-lettered, until Aarhus withdraws the stored one.
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("replay-owned"));
        await aarhus.WaitUntilIndexed("replay-owned");
        await PublishRaw("second-v1", Profiles.Struktør("replay-owned") with { Headline = "Anden udgave" });
        await PublishRaw("atlantis", Profiles.Struktør("replay-atlantis") with { HomeMunicipality = "Atlantis" });
        await WaitForErrorQueue(2);

        var listed = await Errors("list");
        Assert.Contains("candidate-profile_error: 2 message(s)", listed);
        Assert.Contains("second-v1", listed);
        Assert.Contains("version 1 of candidate 'replay-owned' is already stored with other content", listed);
        Assert.Contains("atlantis", listed);
        Assert.Contains("'Atlantis' is not a Danish municipality", listed);
        await WaitForErrorQueue(2); // listing took nothing away

        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.DeleteAsync("/api/v1/candidates/replay-owned")).StatusCode);
        await aarhus.GetWhen("/api/v1/candidates/replay-owned", r => r.StatusCode == HttpStatusCode.NotFound);
        Assert.Contains("Replayed 1 message(s); 1 left", await Errors("replay", "--id", "second-v1"));
        await aarhus.WaitUntilIndexed("replay-owned");
        Assert.Equal("Anden udgave", (await (await aarhus.GetAsync("/api/v1/candidates/replay-owned")).Read<StoredCandidate>()).Profile.Headline);

        Assert.Contains("Replayed 1 message(s); 0 left", await Errors("replay", "--all"));
        await WaitForErrorQueue(1);
        Assert.Contains("atlantis", await Errors("list"));
    }

    [Fact]
    public async Task Listing_without_a_queue_shows_a_dead_lettered_job_order_beside_the_profile_queue()
    {
        _factory.CreateClient();
        await RabbitMqBroker.WaitForConsumer("job-order");
        await using (var connection = await RabbitMqBroker.ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            var order = Profiles.LightRail() with { JobOrderId = "errors-list-order", WorkMunicipality = "Atlantis" };
            await RabbitMqBroker.PublishRaw(channel, "JobOrder", JsonSerializer.Serialize(order, ContractJson.Options), RabbitMqBroker.ServerUser, "errors-list-order");
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        string listed;
        while (!(listed = await Errors("list")).Contains("errors-list-order") && DateTime.UtcNow < deadline) await Task.Delay(200);

        var jobOrders = listed[listed.IndexOf("job-order_error:", StringComparison.Ordinal)..];
        Assert.Contains("errors-list-order", jobOrders);
        Assert.Contains("'Atlantis' is not a Danish municipality", jobOrders);
        Assert.Contains("candidate-profile_error:", listed);
    }

    private static async Task<string> Errors(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CommandLine.RunAsync(["errors", .. args.Take(1), "--broker", Broker, .. args.Skip(1)], output, output);
        Assert.True(exit == 0, $"errors {string.Join(' ', args)} exited {exit}: {output}");
        return output.ToString();
    }

    private async Task PublishRaw(string messageId, CandidateProfile profile)
    {
        _factory.CreateClient();
        await RabbitMqBroker.WaitForConsumer("candidate-profile");
        await using var connection = await RabbitMqBroker.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        // As CandidateBank's own login: the replay (as the same login) keeps the sender's user_id, which RabbitMQ allows only to it.
        await RabbitMqBroker.PublishRaw(channel, "CandidateProfile", JsonSerializer.Serialize(profile, ContractJson.Options), RabbitMqBroker.ServerUser, messageId);
    }

    private static async Task WaitForErrorQueue(uint messages)
    {
        await using var connection = await RabbitMqBroker.ConnectAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        uint count = 0;
        while (DateTime.UtcNow < deadline)
        {
            // The error queue appears with the first fault; asking for a missing queue closes the channel.
            await using var channel = await connection.CreateChannelAsync();
            try { if ((count = (await channel.QueueDeclarePassiveAsync("candidate-profile_error")).MessageCount) == messages) return; }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { }
            await Task.Delay(100);
        }
        Assert.Fail($"candidate-profile_error holds {count} messages, not {messages}");
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        _factory.DeleteData();
        await RabbitMqBroker.Purge("candidate-profile_error", "job-order_error");
    }
}
