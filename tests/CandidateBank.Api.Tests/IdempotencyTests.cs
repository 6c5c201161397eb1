using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

/// <summary>
/// At-least-once delivery made effectively-once: the MassTransit test harness, swapped in through the factory,
/// tells exactly when each delivery has been consumed, so duplicates and stale versions can be sent in a known order.
/// </summary>
public sealed class IdempotencyTests : IAsyncLifetime
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _server = null!;
    private ITestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _server = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddPatientTestHarness()));
        _harness = _server.Services.GetTestHarness();
        await _harness.Start();
    }

    private async Task Deliver(CandidateProfile profile)
    {
        var before = _harness.Consumed.Select<CandidateProfile>().Count();
        await _harness.Bus.Publish(profile);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_harness.Consumed.Select<CandidateProfile>().Count() == before && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        Assert.True(_harness.Consumed.Select<CandidateProfile>().Count() > before, $"version {profile.Version} was not consumed");
    }

    [Fact]
    public async Task Duplicate_and_older_deliveries_leave_the_newest_version_in_store_and_index()
    {
        await Deliver(Profiles.Struktør("idem") with { Version = 3, Headline = "Version tre" });
        await Deliver(Profiles.Struktør("idem") with { Version = 2, Headline = "Version to" });
        await Deliver(Profiles.Struktør("idem") with { Version = 3, Headline = "Version tre" });
        await Deliver(Profiles.Struktør("idem") with { Version = 1, Headline = "Version en" });

        var stored = await (await _server.CreateClient().WithKey(CandidateBankFactory.AarhusKey).GetAsync("/api/v1/candidates/idem")).Read<Candidates.StoredCandidate>();
        Assert.Equal(3, stored.Version);
        Assert.Equal("Version tre", stored.Profile.Headline);
        Assert.Equal(3, _server.Services.GetRequiredService<CandidateIndex>().IndexedVersions()[new CandidateKey("Aarhus", "idem")]);
        Assert.False(_harness.Consumed.Select<CandidateProfile>().Any(m => m.Exception is not null), "no delivery should fault");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _factory.Dispose();
        _factory.DeleteData();
    }
}
