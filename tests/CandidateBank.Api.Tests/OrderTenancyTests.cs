using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>A consultant reads the job orders of their own job centre, and of their network only where that is configured.</summary>
public sealed class OrderTenancyTests : IDisposable
{
    private CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    private async Task<string> SubmitAsAarhusConsultant()
    {
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var order = Profiles.LightRail() with { JobCentre = "Odense" }; // the body cannot claim another job centre
        var id = (await (await consultant.PostAsJsonAsync("/api/v1/job-orders", order, ContractJson.Options)).Read<JobOrderAccepted>()).Id;
        var view = await (await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode)).Read<Shortlist>();
        Assert.Equal(id, view.JobOrderId);
        return id;
    }

    [Theory]
    [InlineData("")]
    [InlineData("/shortlist")]
    [InlineData("/gaps")]
    public async Task Consultant_of_another_job_centre_gets_404_as_if_the_order_did_not_exist(string part)
    {
        var id = await SubmitAsAarhusConsultant();
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.ClientWithKey(CandidateBankFactory.OdenseConsultantKey).GetAsync($"/api/v1/job-orders/{id}{part}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.ClientWithKey(CandidateBankFactory.RandersConsultantKey).GetAsync($"/api/v1/job-orders/{id}{part}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _factory.ClientWithKey(CandidateBankFactory.AdminKey).GetAsync($"/api/v1/job-orders/{id}{part}")).StatusCode);
        var own = await (await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).GetAsync($"/api/v1/job-orders/{id}")).Read<JobOrderView>();
        Assert.Equal("Aarhus", own.Order.JobCentre);
    }

    [Fact]
    public async Task Where_configured_a_consultant_reads_orders_from_the_whole_network_but_not_beyond()
    {
        _factory.Dispose();
        _factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string> { ["CandidateBank:Consultants:SeeNetworkOrders"] = "true" });
        var id = await SubmitAsAarhusConsultant();
        Assert.Equal(HttpStatusCode.OK, (await _factory.ClientWithKey(CandidateBankFactory.RandersConsultantKey).GetAsync($"/api/v1/job-orders/{id}/shortlist")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.ClientWithKey(CandidateBankFactory.OdenseConsultantKey).GetAsync($"/api/v1/job-orders/{id}/shortlist")).StatusCode);
    }

    [Fact]
    public async Task The_order_list_pages_by_deadline_with_a_next_link_and_holds_only_the_callers_orders()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++) ids.Add(await SubmitAsAarhusConsultant());
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);

        var seen = new List<string>();
        var pages = 0;
        for (var url = "/api/v1/job-orders?limit=2&status=shortlisted"; url is not null; pages++)
        {
            var page = await consultant.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            seen.AddRange((await page.Read<List<JobOrderSummary>>()).Select(o => o.Id));
            url = page.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
        }

        Assert.Equal(3, pages);
        Assert.Equal(ids, seen); // ids are time-ordered, as the deadlines are
        Assert.Empty(await (await _factory.ClientWithKey(CandidateBankFactory.OdenseConsultantKey).GetAsync("/api/v1/job-orders")).Read<List<JobOrderSummary>>());
        var newest = new List<string>();
        for (var url = "/api/v1/job-orders?limit=2&status=shortlisted&sort=newest"; url is not null;)
        {
            var page = await consultant.GetAsync(url);
            newest.AddRange((await page.Read<List<JobOrderSummary>>()).Select(o => o.Id));
            url = page.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
        }
        Assert.Equal(Enumerable.Reverse(ids), newest);
        var badSort = await consultant.GetAsync("/api/v1/job-orders?sort=oldest");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Contains("'oldest' is not an order of the list; use deadline (the default) or newest.", await badSort.Content.ReadAsStringAsync());
        var foreignCursor = await _factory.ClientWithKey(CandidateBankFactory.OdenseConsultantKey).GetAsync($"/api/v1/job-orders?after={ids[0]}");
        Assert.Equal(HttpStatusCode.BadRequest, foreignCursor.StatusCode);
        Assert.Contains("is not a job order you may read", await foreignCursor.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_senior_job_board_lists_the_open_senior_friendly_orders()
    {
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var ordinary = await SubmitAsAarhusConsultant();
        var senior = (await (await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail() with { SeniorFriendly = true }, ContractJson.Options)).Read<JobOrderAccepted>()).Id;
        await consultant.GetWhen($"/api/v1/job-orders/{senior}/shortlist", r => r.IsSuccessStatusCode);

        var board = await (await consultant.GetAsync("/api/v1/job-orders?seniorFriendly=true&status=open")).Read<List<JobOrderSummary>>();

        Assert.Equal([senior], board.Select(o => o.Id));
        Assert.Contains(await (await consultant.GetAsync("/api/v1/job-orders?seniorFriendly=false")).Read<List<JobOrderSummary>>(), o => o.Id == ordinary);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
