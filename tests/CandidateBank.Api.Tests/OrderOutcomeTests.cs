using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Api.Metrics;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>
/// An order's life after the first email: its target decides what is insufficient, the consultant records what became
/// of each candidate, the order is filled when enough are hired, and the promise counts as kept only when enough were sent.
/// </summary>
public sealed class OrderOutcomeTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private HttpClient Consultant => _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);

    private static CandidateProfile[] Struktører(int count) => Enumerable.Range(1, count).Select(i => Profiles.Struktør($"s-{i}")).ToArray();

    private Task<HttpResponseMessage> Record(string id, string candidateId, string outcome, string? note = null) =>
        Consultant.PostAsJsonAsync($"/api/v1/job-orders/{id}/outcomes", new { candidateId, outcome, note });

    [Fact]
    public async Task Ten_positions_with_four_qualified_is_insufficient_and_a_wanted_count_overrides_the_default()
    {
        var tenPositions = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example") with { Positions = 10 }, Struktører(4));
        var wantsTwo = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example") with { Positions = 10, Wanted = 2 });

        var ten = await (await Consultant.GetAsync($"/api/v1/job-orders/{tenPositions}/shortlist")).Read<Shortlist>();
        var two = await (await Consultant.GetAsync($"/api/v1/job-orders/{wantsTwo}/shortlist")).Read<Shortlist>();

        Assert.Equal((4, 10, true), (ten.QualifiedCount, ten.Target, ten.Insufficient));
        Assert.Equal((4, 2, false), (two.QualifiedCount, two.Target, two.Insufficient));
    }

    [Fact]
    public async Task Outcomes_go_forward_are_kept_with_who_and_when_and_hiring_every_position_fills_the_order()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example") with { Positions = 2 }, Struktører(3));
        await Consultant.Send(id);
        await Consultant.WaitForStatus(id, "sent");

        Assert.Equal(HttpStatusCode.OK, (await Record(id, "s-1", "contacted")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Record(id, "s-1", "interview", "Samtale tirsdag kl. 10")).StatusCode);
        var backwards = await Record(id, "s-1", "contacted");
        Assert.Equal(HttpStatusCode.Conflict, backwards.StatusCode);
        Assert.Contains("does not follow 'interview'", await backwards.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Record(id, "s-1", "hired")).StatusCode);
        Assert.Equal("sent", (await Consultant.WaitForStatus(id, "sent")).Status); // one of two positions filled
        Assert.Equal(HttpStatusCode.OK, (await Record(id, "s-2", "hired")).StatusCode);

        Assert.Equal("filled", (await (await Consultant.GetAsync($"/api/v1/job-orders/{id}")).Read<JobOrderView>()).Status);
        var outcomes = await (await Consultant.GetAsync($"/api/v1/job-orders/{id}/outcomes")).Read<List<CandidateOutcomeView>>();
        Assert.Equal(["hired", "hired", "sent"], outcomes.OrderBy(o => o.CandidateId).Select(o => o.Outcome));
        var first = outcomes.Single(o => o.CandidateId == "s-1");
        Assert.Equal(["contacted", "interview", "hired"], first.History.Select(h => h.Outcome));
        Assert.All(first.History, h => Assert.Equal("consultant", h.By)); // the key's name
        Assert.Equal("Samtale tirsdag kl. 10", first.History[1].Note);
        var final = await Record(id, "s-1", "declined");
        Assert.Equal(HttpStatusCode.Conflict, final.StatusCode);
        Assert.Contains("final", await final.Content.ReadAsStringAsync());
        var report = await (await Consultant.GetAsync("/api/v1/metrics/turnaround")).Read<TurnaroundReport>();
        Assert.Equal(2, Assert.Single(report.JobCentres, g => g.Name == "Aarhus").Placements);
        var placements = await (await Consultant.GetAsync("/api/v1/metrics/placements")).Read<PlacementReport>();
        var aarhus = Assert.Single(placements.JobCentres, g => g.Name == "Aarhus");
        Assert.Equal((1, 1, 0, 2), (aarhus.Orders, aarhus.Filled, aarhus.Open, aarhus.Placements));
        Assert.NotNull(aarhus.MedianHoursToFirstHire);
        var sentRanks = (await (await Consultant.GetAsync($"/api/v1/job-orders/{id}/outcomes")).Read<List<CandidateOutcomeView>>()).Select(o => o.CandidateId).ToList();
        Assert.Equal([1, 1, 1], placements.HireRateByRank.Select(r => r.Sent));
        Assert.Equal(2, placements.HireRateByRank.Sum(r => r.Hired));
        Assert.Equal(placements.HireRateByRank.Where(r => r.Hired == 1).Select(r => r.Rank), sentRanks.Select((c, i) => (c, Rank: i + 1)).Where(c => c.c is "s-1" or "s-2").Select(c => c.Rank));
    }

    [Fact]
    public async Task An_outcome_for_a_candidate_the_order_did_not_send_or_an_unknown_step_is_refused()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Struktører(1));
        var beforeSending = await Record(id, "s-1", "contacted");
        await Consultant.Send(id);
        await Consultant.WaitForStatus(id, "sent");

        Assert.Equal(HttpStatusCode.NotFound, beforeSending.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Record(id, "someone-else", "contacted")).StatusCode);
        var unknown = await Record(id, "s-1", "married");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'married' is not an outcome", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await Record(id, "s-1", "contacted", "CPR 010190-1234")).StatusCode);
        var control = await Record(id, "s-1", "contacted", "Ringet\u0007 op");
        Assert.Equal(HttpStatusCode.BadRequest, control.StatusCode);
        Assert.Contains("control characters", await control.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.ClientWithKey(CandidateBankFactory.OdenseConsultantKey)
            .PostAsJsonAsync($"/api/v1/job-orders/{id}/outcomes", new { candidateId = "s-1", outcome = "contacted" })).StatusCode);
    }

    [Theory]
    [InlineData(0, 4, false)] // nothing sent: an empty list never keeps the promise
    [InlineData(3, 4, false)] // fewer than the target although the bank had four
    [InlineData(4, 4, true)]
    [InlineData(2, 2, true)]  // every qualified candidate the bank had
    public void The_promise_is_kept_only_when_enough_qualified_candidates_were_sent_in_time(int sent, int needed, bool kept)
    {
        var received = DateTimeOffset.UnixEpoch;
        var order = new TurnaroundOrder("Aarhus", received, received.AddHours(24), received.AddHours(3), [], sent, needed, 0);

        Assert.Equal(kept, order.PromiseKept);
        Assert.Equal(kept ? 1.0 : 0.0, TurnaroundGroup.Measure("Aarhus", [order], received.AddHours(30)).ShareWithinDeadline);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
