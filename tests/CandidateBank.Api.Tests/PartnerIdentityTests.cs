using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CandidateBank.Contracts;
using RabbitMQ.Client;

namespace CandidateBank.Api.Tests;

/// <summary>
/// Partners publish with their own AMQP logins (tests/rabbitmq.sh creates aarhus and randers): a message may act only
/// for the job centre its login belongs to. RabbitMQ vouches for the login in user_id; CandidateBank maps it.
/// </summary>
[Collection(RabbitMqBroker.Collection)]
public sealed class PartnerIdentityTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(RabbitMqBroker.ServerSettings());

    private static string Json<T>(T message) => JsonSerializer.Serialize(message, ContractJson.Options);

    private static CandidateProfile Randers(string id) => Profiles.Struktør(id, home: "Randers") with { JobCentre = "Randers" };

    private async Task<HttpClient> Started()
    {
        await RabbitMqBroker.Purge("candidate-profile_error", "candidate-withdrawn_error"); // what earlier tests left there
        _factory.CreateClient(); // starts the server, which declares its exchanges and queues
        await RabbitMqBroker.WaitForConsumer("candidate-profile");
        await RabbitMqBroker.WaitForConsumer("candidate-withdrawn");
        return _factory.ClientWithKey(CandidateBankFactory.AdminKey);
    }

    [Fact]
    public async Task A_partner_cannot_create_overwrite_or_withdraw_another_job_centres_candidate_and_each_attempt_is_dead_lettered_with_the_reason()
    {
        var admin = await Started();
        await using (var randers = await RabbitMqBroker.ConnectAsPartnerAsync("randers"))
        await using (var channel = await randers.CreateChannelAsync())
            await RabbitMqBroker.PublishRaw(channel, "CandidateProfile", Json(Randers("randers-own")), "randers");
        await admin.WaitUntilIndexed("randers-own");

        await using (var aarhus = await RabbitMqBroker.ConnectAsPartnerAsync("aarhus"))
        await using (var channel = await aarhus.CreateChannelAsync())
        {
            await RabbitMqBroker.PublishRaw(channel, "CandidateProfile", Json(Randers("spoof-new")), "aarhus");
            await RabbitMqBroker.PublishRaw(channel, "CandidateProfile", Json(Randers("randers-own") with { Version = 2, Headline = "SPOOFED" }), "aarhus");
            await RabbitMqBroker.PublishRaw(channel, "CandidateWithdrawn", Json(new CandidateWithdrawn { CandidateId = "randers-own", JobCentre = "Randers" }), "aarhus");
            await RabbitMqBroker.PublishRaw(channel, "CandidateProfile", Json(Profiles.Struktør("aarhus-own")), "aarhus");
        }
        await admin.WaitUntilIndexed("aarhus-own"); // its own candidates keep flowing

        var profileReasons = await RabbitMqBroker.DrainReasons("candidate-profile_error", expected: 2);
        var withdrawalReasons = await RabbitMqBroker.DrainReasons("candidate-withdrawn_error", expected: 1);
        Assert.Equal(2, profileReasons.Count);
        Assert.All(profileReasons, r => Assert.Contains("CandidateProfile acts for job centre 'Randers', but AMQP user 'aarhus' publishes for job centre 'Aarhus' only", r));
        Assert.Contains("CandidateWithdrawn acts for job centre 'Randers'", Assert.Single(withdrawalReasons));
        var stored = await (await admin.GetAsync("/api/v1/candidates/randers-own")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, stored.GetProperty("version").GetInt32());
        Assert.DoesNotContain("SPOOFED", stored.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/candidates/spoof-new")).StatusCode);
    }

    [Fact]
    public async Task A_message_without_user_id_is_dead_lettered_and_a_forged_user_id_is_refused_by_the_broker()
    {
        var admin = await Started();
        await using var aarhus = await RabbitMqBroker.ConnectAsPartnerAsync("aarhus");
        await using (var channel = await aarhus.CreateChannelAsync())
            await RabbitMqBroker.PublishRaw(channel, "CandidateProfile", Json(Profiles.Struktør("anonymous")), userId: null);
        await using var confirming = await aarhus.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

        await Assert.ThrowsAnyAsync<Exception>(() => RabbitMqBroker.PublishRaw(confirming, "CandidateProfile", Json(Randers("forged")), userId: "randers"));

        Assert.Contains("user_id property set to 'randers' but authenticated user was 'aarhus'", confirming.CloseReason?.ReplyText);
        Assert.Contains("CandidateProfile has no user_id property", Assert.Single(await RabbitMqBroker.DrainReasons("candidate-profile_error", expected: 1)));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/candidates/anonymous")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/candidates/forged")).StatusCode);
    }

    [Fact]
    public async Task A_partner_withdrawing_its_own_candidate_is_named_in_the_access_log_by_its_login()
    {
        var admin = await Started();
        await using var aarhus = await RabbitMqBroker.ConnectAsPartnerAsync("aarhus");
        await using var channel = await aarhus.CreateChannelAsync();
        await RabbitMqBroker.PublishRaw(channel, "CandidateProfile", Json(Profiles.Struktør("withdrawn-by-login")), "aarhus");
        await admin.WaitUntilIndexed("withdrawn-by-login");

        await RabbitMqBroker.PublishRaw(channel, "CandidateWithdrawn", Json(new CandidateWithdrawn { CandidateId = "withdrawn-by-login", JobCentre = "Aarhus" }), "aarhus");

        await admin.GetWhen("/api/v1/candidates/withdrawn-by-login", r => r.StatusCode == HttpStatusCode.NotFound);
        var log = await (await _factory.ClientWithKey(CandidateBankFactory.AarhusKey).GetAsync("/api/v1/candidates/withdrawn-by-login/access-log")).Content.ReadAsStringAsync();
        Assert.Contains("\"actor\":\"aarhus (AMQP, jobcenter Aarhus)\"", log);
    }

    [Fact]
    public void A_partner_mapped_to_a_place_that_is_no_municipality_stops_the_server_naming_the_setting()
    {
        using var factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string>(RabbitMqBroker.ServerSettings()) { ["CandidateBank:Bus:Partners:aarhus"] = "Aarhus Kommune Jobcenter" });

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("CandidateBank:Bus:Partners: 'Aarhus Kommune Jobcenter' for AMQP user 'aarhus' is not a Danish municipality", refusal.Message);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
