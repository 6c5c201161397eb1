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

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
