using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.AccessLog;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>Every disclosure of a candidate is logged for the owning job centre, and the log outlives the profile.</summary>
public sealed class AccessLogTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    [Fact]
    public async Task Shortlist_read_by_a_consultant_is_in_the_owning_job_centres_access_log_even_after_erasure()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("logged-1"));
        await aarhus.WaitUntilIndexed("logged-1");
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var id = (await (await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options)).Read<JobOrderAccepted>()).Id;
        await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode);

        var log = await (await aarhus.GetAsync("/api/v1/candidates/logged-1/access-log")).Read<List<AccessLogView>>();
        var entry = Assert.Single(log);
        Assert.Equal(("consultant", "shown-in-shortlist", id), (entry.Actor, entry.Action, entry.JobOrderId));

        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.DeleteAsync("/api/v1/candidates/logged-1")).StatusCode);
        await aarhus.GetWhen("/api/v1/candidates/logged-1", r => r.StatusCode == HttpStatusCode.NotFound);
        var after = await (await aarhus.GetAsync("/api/v1/candidates/logged-1/access-log")).Read<List<AccessLogView>>();
        Assert.Equal(["shown-in-shortlist", "withdrawn"], after.Select(e => e.Action));
    }

    [Fact]
    public async Task An_erasure_asked_for_over_rest_names_the_api_key_that_asked_not_only_the_job_centre()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("erased-by-admin"));
        await aarhus.WaitUntilIndexed("erased-by-admin");

        Assert.Equal(HttpStatusCode.Accepted, (await _factory.ClientWithKey(CandidateBankFactory.AdminKey).DeleteAsync("/api/v1/candidates/erased-by-admin")).StatusCode);
        await aarhus.GetWhen("/api/v1/candidates/erased-by-admin", r => r.StatusCode == HttpStatusCode.NotFound);

        var log = await (await aarhus.GetAsync("/api/v1/candidates/erased-by-admin/access-log")).Read<List<AccessLogView>>();
        Assert.Equal(("admin", "withdrawn"), (log.Last().Actor, log.Last().Action));
    }

    [Fact]
    public async Task Shortlist_sent_to_a_company_is_logged_naming_the_company_and_whether_contact_details_went_with_it()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("sent-1") with { Consent = new Consent(ShareWithEmployers: false, ShareAcrossNetworks: true) });
        await aarhus.WaitUntilIndexed("sent-1");
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var id = (await (await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options)).Read<JobOrderAccepted>()).Id;
        await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await consultant.PostAsJsonAsync($"/api/v1/job-orders/{id}/shortlist/send", new { })).StatusCode);

        var log = await (await aarhus.GetAsync("/api/v1/candidates/sent-1/access-log")).Read<List<AccessLogView>>();
        var sent = Assert.Single(log, e => e.Action == "sent-to-company");
        Assert.Equal(("consultant", id), (sent.Actor, sent.JobOrderId));
        Assert.Contains("Aarhus Letbane Byg A/S", sent.Purpose);
        Assert.Contains("uden navn og kontaktoplysninger", sent.Purpose);
    }

    [Fact]
    public async Task Another_job_centre_cannot_read_the_access_log_and_cannot_tell_the_candidate_exists()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("private-1"));
        await aarhus.WaitUntilIndexed("private-1");

        var odense = await _factory.ClientWithKey(CandidateBankFactory.OdenseKey).GetAsync("/api/v1/candidates/private-1/access-log");
        var unknown = await aarhus.GetAsync("/api/v1/candidates/nobody/access-log");
        Assert.Equal(HttpStatusCode.NotFound, odense.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty(await (await aarhus.GetAsync("/api/v1/candidates/private-1/access-log")).Read<List<AccessLogView>>());
    }

    [Fact]
    public async Task An_id_reused_by_another_job_centre_after_erasure_keeps_each_job_centres_access_log_its_own()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        var odense = _factory.ClientWithKey(CandidateBankFactory.OdenseKey);
        var admin = _factory.ClientWithKey(CandidateBankFactory.AdminKey);
        await aarhus.PutProfile(Profiles.Struktør("reuse-9"));
        await aarhus.WaitUntilIndexed("reuse-9");
        await admin.GetAsync("/api/v1/candidates/reuse-9"); // logged for Aarhus
        await aarhus.DeleteAsync("/api/v1/candidates/reuse-9");
        await aarhus.GetWhen("/api/v1/candidates/reuse-9", r => r.StatusCode == HttpStatusCode.NotFound);

        await odense.PutProfile(Profiles.Struktør("reuse-9", home: "Odense") with { JobCentre = "Odense" });
        await odense.WaitUntilIndexed("reuse-9");
        await admin.GetAsync("/api/v1/candidates/reuse-9"); // logged for Odense

        var aarhusLog = await (await aarhus.GetAsync("/api/v1/candidates/reuse-9/access-log")).Read<List<AccessLogView>>();
        var odenseLog = await (await odense.GetAsync("/api/v1/candidates/reuse-9/access-log")).Read<List<AccessLogView>>();
        Assert.Equal(["opened", "withdrawn"], aarhusLog.Select(e => e.Action));
        Assert.Equal(["opened"], odenseLog.Select(e => e.Action));
    }

    [Fact]
    public async Task Admin_opening_a_profile_is_logged_but_the_owner_reading_its_own_is_not()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("opened-1"));
        await aarhus.WaitUntilIndexed("opened-1");
        await _factory.ClientWithKey(CandidateBankFactory.AdminKey).GetAsync("/api/v1/candidates/opened-1");

        var entry = Assert.Single(await (await aarhus.GetAsync("/api/v1/candidates/opened-1/access-log")).Read<List<AccessLogView>>());
        Assert.Equal(("admin", "opened"), (entry.Actor, entry.Action));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
