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
        await using var connection = await RabbitMqBroker.ConnectAsPartnerAsync("aarhus");
        await using var channel = await connection.CreateChannelAsync();
        await PublishRaw(channel, JsonSerializer.Serialize(Profiles.Struktør("rabbit-plain"), ContractJson.Options));

        await _factory.ClientWithKey(CandidateBankFactory.AarhusKey).WaitUntilIndexed("rabbit-plain");
    }

    [Fact]
    public async Task Invalid_or_oversized_profiles_are_dead_lettered_with_the_reason_and_good_ones_keep_flowing()
    {
        _factory.CreateClient(); // starts the server, which declares its exchanges and queues
        await RabbitMqBroker.WaitForConsumer("candidate-profile");
        await using var partner = await RabbitMqBroker.ConnectAsPartnerAsync("aarhus");
        await using var channel = await partner.CreateChannelAsync();
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

        var reasons = await RabbitMqBroker.DrainReasons("candidate-profile_error", expected: 4);
        Assert.Equal(4, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("bytes; at most 1,048,576 bytes are accepted"));
        Assert.Contains(reasons, r => r.Contains("homeMunicipality") && r.Contains("Atlantis"));
        Assert.Contains(reasons, r => r.Contains("schemas/CandidateProfile.schema.json") && r.Contains("favouriteColour"));
    }

    private static Task PublishRaw(IChannel channel, string json) => RabbitMqBroker.PublishRaw(channel, "CandidateProfile", json, "aarhus");

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
