using System.Net;
using System.Net.Http.Json;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

public sealed class AuthorizationTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task Missing_or_unknown_key_is_401_problem(string? key)
    {
        var response = await _factory.ClientWithKey(key).PutProfile(Profiles.Struktør());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Consultant_key_cannot_push_candidates() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).PutProfile(Profiles.Struktør())).StatusCode);

    [Fact]
    public async Task Jobcentre_key_cannot_submit_job_orders()
    {
        var response = await _factory.ClientWithKey(CandidateBankFactory.AarhusKey).PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Jobcentre_key_cannot_push_another_job_centres_candidate()
    {
        var response = await _factory.ClientWithKey(CandidateBankFactory.OdenseKey).PutProfile(Profiles.Struktør());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Odense", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Jobcentre_key_cannot_batch_push_another_job_centres_candidate()
    {
        var response = await _factory.ClientWithKey(CandidateBankFactory.OdenseKey)
            .PostAsJsonAsync("/api/v1/candidates/batch", new[] { Profiles.Struktør() }, ContractJson.Options);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Jobcentre_key_cannot_read_or_withdraw_another_job_centres_candidate()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("mine"));
        await aarhus.WaitUntilIndexed("mine");

        var odense = _factory.ClientWithKey(CandidateBankFactory.OdenseKey);
        Assert.Equal(HttpStatusCode.NotFound, (await odense.GetAsync("/api/v1/candidates/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await odense.DeleteAsync("/api/v1/candidates/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await aarhus.GetAsync("/api/v1/candidates/mine")).StatusCode);
    }

    [Fact]
    public async Task Consultant_key_cannot_read_candidate_profiles() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).GetAsync("/api/v1/candidates/x")).StatusCode);

    [Fact]
    public async Task Health_endpoints_need_no_key_and_report_ready()
    {
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetWhen("/health/ready", r => r.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"store\"", report);
        Assert.Contains("\"index\"", report);
        Assert.Contains("masstransit", report);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
