using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

/// <summary>The one-day promise, watched on a clock the test moves forward.</summary>
public sealed class PromiseWatchTests : IDisposable
{
    private readonly ShiftableClock _clock = new();
    private readonly CandidateBankFactory _factory;

    public PromiseWatchTests()
    {
        _factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string> { ["CandidateBank:Promise:CheckSeconds"] = "0.1" });
        _factory.Clock = _clock;
    }

    [Fact]
    public async Task Consultant_is_emailed_once_when_an_unsent_order_is_at_risk_and_once_when_it_is_overdue()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example", "travl@aarhus.example"), Profiles.Struktør("promise-1"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var outbox = Path.Combine(_factory.DataDirectory, "outbox");

        _clock.Advance(TimeSpan.FromHours(22.5));
        await DeliveryFlow.WaitForFile(Path.Combine(outbox, $"at-risk-{id}.eml"));
        Assert.DoesNotContain(await List(consultant, "?overdue=true"), o => o.Id == id);

        _clock.Advance(TimeSpan.FromHours(2));
        await DeliveryFlow.WaitForFile(Path.Combine(outbox, $"overdue-{id}.eml"));
        Assert.Contains(await List(consultant, "?overdue=true"), o => o.Id == id && o.Overdue);
        Assert.Contains(await List(consultant, "?status=shortlisted&overdue=true"), o => o.Id == id);
        Assert.Empty(await List(_factory.ClientWithKey(CandidateBankFactory.ConsultantKey), "?status=sent"));

        await using var scope = _factory.Services.CreateAsyncScope();
        var emails = await scope.ServiceProvider.GetRequiredService<CandidateBankDb>().Outbox.Where(e => e.JobOrderId == id).ToListAsync();
        Assert.Equal(["at-risk", "overdue"], emails.Select(e => e.Kind).Order());
        Assert.All(emails, e => Assert.Equal("travl@aarhus.example", e.Recipient));
    }

    [Fact]
    public async Task An_open_order_nothing_happens_to_for_thirty_days_expires_and_leaves_the_open_list()
    {
        var quiet = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør("expiry-1"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        Assert.Contains(await List(consultant, "?status=open"), o => o.Id == quiet);

        _clock.Advance(TimeSpan.FromDays(29));
        var busy = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"));
        _clock.Advance(TimeSpan.FromDays(1.5));

        Assert.Equal("expired", (await consultant.WaitForStatus(quiet, "expired")).Status);
        Assert.Equal([busy], (await List(consultant, "?status=open")).Select(o => o.Id));
        Assert.Contains(await List(consultant, "?status=expired"), o => o.Id == quiet);
    }

    private static async Task<List<JobOrderSummary>> List(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<List<JobOrderSummary>>($"/api/v1/job-orders{query}"))!;

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}

/// <summary>The system clock plus an offset the test moves forward; timers still run in real time.</summary>
public sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
