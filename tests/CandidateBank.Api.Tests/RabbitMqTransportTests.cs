using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;
using RabbitMQ.Client;

namespace CandidateBank.Api.Tests;

/// <summary>The same server on a real RabbitMQ broker: REST writes, partners publishing plain JSON, poison messages.</summary>
[Collection(RabbitMqBroker.Collection)]
public sealed class RabbitMqTransportTests : IDisposable
{
    private const string ProfileExchange = "CandidateBank.Contracts:CandidateProfile";
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(RabbitMqBroker.ServerSettings());

    [Fact]
    public async Task Profile_pushed_over_rest_travels_through_rabbitmq_into_a_shortlist()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.PutProfile(Profiles.Struktør("rabbit-rest"))).StatusCode);
        await aarhus.WaitUntilIndexed("rabbit-rest");

        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var submitted = await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options);
        var id = (await submitted.Read<JobOrderAccepted>()).Id;
        var response = await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode);
        Assert.Contains("rabbit-rest", (await response.Read<Shortlist>()).Candidates.Select(c => c.CandidateId));
    }

    [Fact]
    public async Task Plain_json_from_a_non_masstransit_client_is_stored_and_indexed()
    {
        _factory.CreateClient(); // starts the server, which declares its exchanges and queues
        await RabbitMqBroker.WaitForConsumer("candidate-profile");
        await using var connection = await RabbitMqBroker.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await PublishRaw(channel, JsonSerializer.Serialize(Profiles.Struktør("rabbit-plain"), ContractJson.Options));

        await _factory.ClientWithKey(CandidateBankFactory.AarhusKey).WaitUntilIndexed("rabbit-plain");
    }

    [Fact]
    public async Task Invalid_or_oversized_profiles_are_dead_lettered_with_the_reason_and_good_ones_keep_flowing()
    {
        _factory.CreateClient(); // starts the server, which declares its exchanges and queues
        await RabbitMqBroker.WaitForConsumer("candidate-profile");
        await using var connection = await RabbitMqBroker.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var bad = JsonSerializer.SerializeToNode(Profiles.Struktør("rabbit-poison"), ContractJson.Options)!.AsObject();
        bad["homeMunicipality"] = "Atlantis";
        await PublishRaw(channel, bad.ToJsonString());
        await PublishRaw(channel, "{ this is not json");
        var offContract = JsonSerializer.SerializeToNode(Profiles.Struktør("rabbit-off-contract"), ContractJson.Options)!.AsObject();
        offContract["favouriteColour"] = "blå";
        await PublishRaw(channel, offContract.ToJsonString());
        // 5 MB: far over the indexer's 1 MiB limit, well under RabbitMQ's 128 MB, so it reaches the indexer.
        await PublishRaw(channel, JsonSerializer.Serialize(Profiles.Struktør("rabbit-huge") with { Summary = new string('x', 5 * 1024 * 1024) }, ContractJson.Options));
        await PublishRaw(channel, JsonSerializer.Serialize(Profiles.Struktør("rabbit-after-poison"), ContractJson.Options));

        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.WaitUntilIndexed("rabbit-after-poison");
        Assert.Equal(HttpStatusCode.NotFound, (await aarhus.GetAsync("/api/v1/candidates/rabbit-poison")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await aarhus.GetAsync("/api/v1/candidates/rabbit-off-contract")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aarhus.GetAsync("/api/v1/candidates/rabbit-huge")).StatusCode);

        var reasons = await DrainReasons(connection, "candidate-profile_error", expected: 4);
        Assert.Equal(4, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("bytes; at most 1,048,576 bytes are accepted"));
        Assert.Contains(reasons, r => r.Contains("homeMunicipality") && r.Contains("Atlantis"));
        Assert.Contains(reasons, r => r.Contains("schemas/CandidateProfile.schema.json") && r.Contains("favouriteColour"));
    }

    private static async Task PublishRaw(IChannel channel, string json)
    {
        var properties = new BasicProperties { ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent, MessageId = Guid.NewGuid().ToString() };
        await channel.BasicPublishAsync(ProfileExchange, "", mandatory: false, properties, Encoding.UTF8.GetBytes(json));
    }

    /// <summary>The fault reasons MassTransit wrote on the messages in an error queue (header MT-Fault-Message).</summary>
    private static async Task<List<string>> DrainReasons(IConnection connection, string queue, int expected)
    {
        var reasons = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (reasons.Count < expected && DateTime.UtcNow < deadline)
        {
            // The error queue appears with the first fault; asking for a missing queue closes the channel, so use a fresh one.
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                while (reasons.Count < expected && await channel.BasicGetAsync(queue, autoAck: true) is { } message)
                {
                    var header = message.BasicProperties.Headers?["MT-Fault-Message"];
                    reasons.Add(header is byte[] bytes ? Encoding.UTF8.GetString(bytes) : header?.ToString() ?? "");
                }
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { }
            await Task.Delay(100);
        }
        return reasons;
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
