using System.Net;
using Microsoft.AspNetCore.Mvc;

namespace CandidateBank.Api.Tests;

/// <summary>202 means the broker has the message: with the broker down the API says so instead of accepting.</summary>
[Collection(RabbitMqBroker.Collection)]
[Trait("Category", "Slow")]
public sealed class PublishDurabilityTests
{
    [Fact]
    public async Task Put_while_the_broker_is_stopped_answers_503_with_the_reason_and_works_again_once_it_is_back()
    {
        var settings = RabbitMqBroker.ServerSettings();
        settings["CandidateBank:Bus:PublishTimeoutSeconds"] = "3";
        var factory = CandidateBankFactory.WithFreshData(settings);
        try
        {
            var aarhus = factory.ClientWithKey(CandidateBankFactory.AarhusKey);
            await RabbitMqBroker.WaitForConsumer("candidate-profile");
            HttpResponseMessage whileDown;
            await BrokerControl.StopAppAsync();
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                whileDown = await aarhus.PutProfile(Profiles.Struktør("durable-1"));
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the answer took {clock.Elapsed}");
            }
            finally
            {
                await BrokerControl.StartAppAsync();
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
            var problem = await whileDown.Read<ProblemDetails>();
            Assert.Equal("Message broker unavailable", problem.Title);
            Assert.Contains("did not confirm the message within 3 s", problem.Detail);

            // The bus reconnects by itself; the same request then succeeds and the profile is indexed.
            var response = await RetryUntilAccepted(() => aarhus.PutProfile(Profiles.Struktør("durable-1")));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            await aarhus.WaitUntilIndexed("durable-1");
        }
        finally
        {
            factory.Dispose();
            factory.DeleteData();
            await RabbitMqBroker.Purge("candidate-profile");
        }
    }

    /// <summary>Right after start_app the bus may still be reconnecting and answer 503 a little longer.</summary>
    private static async Task<HttpResponseMessage> RetryUntilAccepted(Func<Task<HttpResponseMessage>> send)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline) return response;
            await Task.Delay(500);
        }
    }
}
