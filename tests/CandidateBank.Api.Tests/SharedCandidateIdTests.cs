using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.AccessLog;
using CandidateBank.Api.Candidates;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>Candidate ids are each job centre's own: two job centres using one id hold two candidates that never mix.</summary>
public sealed class SharedCandidateIdTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    [Fact]
    public async Task Two_job_centres_publishing_the_same_id_each_keep_their_own_candidate_and_cannot_tell_the_other_exists()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        var odense = _factory.ClientWithKey(CandidateBankFactory.OdenseKey);
        await aarhus.PutProfile(Profiles.Struktør("same-7") with { Headline = "Aarhus' struktør" });
        await aarhus.WaitUntilIndexed("same-7");

        // Odense's answers are those for an id nobody uses: accepted, then its own profile.
        Assert.Equal(HttpStatusCode.NotFound, (await odense.GetAsync("/api/v1/candidates/same-7")).StatusCode);
        await odense.PutProfile(Profiles.Struktør("same-7", home: "Odense") with { JobCentre = "Odense", Headline = "Odenses struktør" });
        await odense.WaitUntilIndexed("same-7");

        Assert.Equal("Aarhus' struktør", (await (await aarhus.GetAsync("/api/v1/candidates/same-7")).Read<StoredCandidate>()).Profile.Headline);
        Assert.Equal("Odenses struktør", (await (await odense.GetAsync("/api/v1/candidates/same-7")).Read<StoredCandidate>()).Profile.Headline);

        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.DeleteAsync("/api/v1/candidates/same-7")).StatusCode);
        await aarhus.GetWhen("/api/v1/candidates/same-7", r => r.StatusCode == HttpStatusCode.NotFound);
        Assert.Equal("Odenses struktør", (await (await odense.GetAsync("/api/v1/candidates/same-7")).Read<StoredCandidate>()).Profile.Headline);
        Assert.DoesNotContain((await (await odense.GetAsync("/api/v1/candidates/same-7/access-log")).Read<List<AccessLogView>>()), e => e.Action == "withdrawn");
        Assert.Contains((await (await aarhus.GetAsync("/api/v1/candidates/same-7/access-log")).Read<List<AccessLogView>>()), e => e.Action == "withdrawn");
    }

    [Fact]
    public async Task An_admin_naming_an_id_two_job_centres_use_is_asked_which_and_gets_the_one_named()
    {
        var admin = _factory.ClientWithKey(CandidateBankFactory.AdminKey);
        await admin.PutProfile(Profiles.Struktør("both-1") with { Headline = "Aarhus" });
        await admin.PutProfile(Profiles.Struktør("both-1", home: "Randers") with { JobCentre = "Randers", Headline = "Randers" });
        await admin.WaitUntilIndexed("both-1?jobCentre=Aarhus", "both-1?jobCentre=Randers");

        var ambiguous = await admin.GetAsync("/api/v1/candidates/both-1");
        Assert.Equal(HttpStatusCode.Conflict, ambiguous.StatusCode);
        var problem = await ambiguous.Content.ReadAsStringAsync();
        Assert.Contains("'Aarhus'", problem);
        Assert.Contains("'Randers'", problem);
        Assert.Equal("Randers", (await (await admin.GetAsync("/api/v1/candidates/both-1?jobCentre=Randers")).Read<StoredCandidate>()).Profile.Headline);
    }

    [Fact]
    public async Task A_shortlist_holding_two_candidates_with_one_id_names_their_job_centres_and_takes_off_only_the_one_named()
    {
        var admin = _factory.ClientWithKey(CandidateBankFactory.AdminKey);
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"),
            Profiles.Struktør("twin"), Profiles.Struktør("twin", home: "Skanderborg") with { JobCentre = "Randers" }, Profiles.Struktør("other"));
        var shortlist = await (await consultant.GetAsync($"/api/v1/job-orders/{id}/shortlist")).Read<Shortlist>();
        Assert.Equal(["Aarhus", "Randers"], shortlist.Candidates.Where(c => c.CandidateId == "twin").Select(c => c.JobCentre).Order());

        var ambiguous = await consultant.Send(id, "twin");
        Assert.Equal(HttpStatusCode.BadRequest, ambiguous.StatusCode);
        Assert.Contains("'Randers/twin'", await ambiguous.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Accepted, (await consultant.Send(id, "Randers/twin")).StatusCode);
        var delivery = (await consultant.GetFromJsonAsync<JobOrderView>($"/api/v1/job-orders/{id}", ContractJson.Options))!.Delivery!;
        var twin = Assert.Single(delivery.Candidates, c => c.CandidateId == "twin");
        Assert.Equal("Aarhus", twin.JobCentre);

        // The one sent is the only 'twin' on the email, so its id alone names it for an outcome.
        var outcome = await consultant.PostAsJsonAsync($"/api/v1/job-orders/{id}/outcomes", new OutcomeRequest("twin", "contacted"), ContractJson.Options);
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Equal(("twin", "Aarhus", "contacted"), (await outcome.Read<CandidateOutcomeView>()) is var v ? (v.CandidateId, v.JobCentre, v.Outcome) : default);

        // Erasing Randers' twin leaves Aarhus' on the list.
        Assert.Equal(HttpStatusCode.Accepted, (await admin.DeleteAsync("/api/v1/candidates/twin?jobCentre=Randers")).StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        Shortlist after;
        do after = await (await consultant.GetAsync($"/api/v1/job-orders/{id}/shortlist")).Read<Shortlist>();
        while (after.Candidates.Count(c => c.CandidateId == "twin") == 2 && DateTime.UtcNow < deadline);
        Assert.Equal("Aarhus", Assert.Single(after.Candidates, c => c.CandidateId == "twin").JobCentre);
    }

    public void Dispose() => _factory.Dispose();
}
