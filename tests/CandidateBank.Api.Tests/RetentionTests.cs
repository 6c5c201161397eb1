using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.AccessLog;
using CandidateBank.Api.JobOrders;
using CandidateBank.Bus.Candidates;
using CandidateBank.Contracts;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

/// <summary>Profiles not re-published within the retention period are erased everywhere, and their job centre is told.</summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private readonly MovableClock _clock = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _server = null!;

    public Task InitializeAsync()
    {
        _server = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddPatientTestHarness();
        }));
        return _server.Services.GetTestHarness().Start();
    }

    private HttpClient Client(string key) => _server.CreateClient().WithKey(key);

    [Fact]
    public async Task Stale_profile_is_erased_from_store_index_and_unsent_shortlist_while_a_refreshed_one_stays()
    {
        var aarhus = Client(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("stale"));
        await aarhus.PutProfile(Profiles.Struktør("fresh"));
        await aarhus.WaitUntilIndexed("stale", "fresh");
        var consultant = Client(CandidateBankFactory.ConsultantKey);
        var order = (await (await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options)).Read<JobOrderAccepted>()).Id;
        await consultant.GetWhen($"/api/v1/job-orders/{order}/shortlist", r => r.IsSuccessStatusCode);

        _clock.Advance(TimeSpan.FromDays(91));
        await aarhus.PutProfile(Profiles.Struktør("fresh")); // the same version again: the job centre confirms it is current
        var harness = _server.Services.GetTestHarness();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (harness.Consumed.Select<CandidateProfile>(m => m.Context.Message.CandidateId == "fresh").Count() < 2 && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.Equal(1, await _server.Services.GetRequiredService<RetentionSweep>().SweepAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, (await aarhus.GetAsync("/api/v1/candidates/stale")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await aarhus.GetAsync("/api/v1/candidates/fresh")).StatusCode);
        var shortlist = await (await consultant.GetAsync($"/api/v1/job-orders/{order}/shortlist")).Read<Shortlist>();
        Assert.Equal(["fresh"], shortlist.Candidates.Select(c => c.CandidateId));
        var log = await (await aarhus.GetAsync("/api/v1/candidates/stale/access-log")).Read<List<AccessLogView>>();
        Assert.Contains(log, e => e.Action == "withdrawn" && e.Actor == "retention");
        Assert.True(await harness.Published.Any<CandidateProfileExpired>(m => m.Context.Message.CandidateId == "stale" && m.Context.Message.JobCentre == "Aarhus"));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _factory.DisposeAsync();
        _factory.DeleteData();
    }

    private sealed class MovableClock : TimeProvider
    {
        private TimeSpan _offset;
        public void Advance(TimeSpan by) => _offset += by;
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
    }
}
