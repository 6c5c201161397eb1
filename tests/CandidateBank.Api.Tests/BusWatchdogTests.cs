using CandidateBank.Bus;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

[Collection(RabbitMqBroker.Collection)]
public sealed class BusWatchdogTests
{
    [Fact]
    public async Task A_bus_that_stopped_consuming_is_restarted_and_the_profiles_waiting_for_it_are_indexed()
    {
        var settings = RabbitMqBroker.ServerSettings();
        settings["CandidateBank:Bus:RabbitMq:RestartUnhealthyAfterSeconds"] = "2";
        var factory = CandidateBankFactory.WithFreshData(settings);
        try
        {
            var aarhus = factory.ClientWithKey(CandidateBankFactory.AarhusKey);
            await RabbitMqBroker.WaitForConsumer("candidate-profile");
            // What a receive endpoint that gave up looks like from outside: the server runs, nobody consumes.
            await factory.Services.GetRequiredService<IBusControl>().StopAsync();
            await ReliablePublisher.PublishAsync([Profiles.Struktør("watchdog-waiting")]);

            await aarhus.WaitUntilIndexed("watchdog-waiting");
            Assert.True(factory.Services.GetRequiredService<BusWatchdog>().Restarts >= 1);
        }
        finally
        {
            factory.Dispose();
            factory.DeleteData();
            await RabbitMqBroker.Purge("candidate-profile");
        }
    }

    [Fact]
    public void An_unhealthy_spell_shorter_than_the_limit_restarts_nothing_and_a_longer_one_restarts_once()
    {
        var spell = new UnhealthySpell(TimeSpan.FromSeconds(60));
        var start = DateTimeOffset.Parse("2026-11-23T08:00:00Z");

        Assert.False(spell.Observe(healthy: false, start));
        Assert.False(spell.Observe(healthy: false, start.AddSeconds(59)));
        Assert.False(spell.Observe(healthy: true, start.AddSeconds(59.5)));
        Assert.False(spell.Observe(healthy: false, start.AddSeconds(100)));
        Assert.True(spell.Observe(healthy: false, start.AddSeconds(160)));
        Assert.False(spell.Observe(healthy: false, start.AddSeconds(161)));
    }
}
