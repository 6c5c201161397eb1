using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.Candidates;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>The walking skeleton over real HTTP: job centres push profiles, a consultant orders, the shortlist comes back ranked.</summary>
public sealed class ShortlistFlowTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    [Fact]
    public async Task Pushed_profiles_from_two_job_centres_come_back_as_a_ranked_shortlist()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        var admin = _factory.ClientWithKey(CandidateBankFactory.AdminKey);
        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.PutProfile(Profiles.Struktør("aarhus-1"))).StatusCode);
        var batch = await admin.PostAsJsonAsync("/api/v1/candidates/batch", new[]
        {
            Profiles.Struktør("randers-1", home: "Randers") with { JobCentre = "Randers" },
            Profiles.Struktør("odense-1", home: "Odense") with { JobCentre = "Odense" },
            Profiles.Struktør("aarhus-no-epoxy") with { Certificates = [] },
        }, ContractJson.Options);
        Assert.Equal(HttpStatusCode.Accepted, batch.StatusCode);
        Assert.Equal(3, (await batch.Read<BatchAccepted>()).Accepted);
        await admin.WaitUntilIndexed("aarhus-1", "randers-1", "odense-1", "aarhus-no-epoxy");

        var shortlist = await OrderAndWaitForShortlist(Profiles.LightRail());

        // Odense is ~90 km away, beyond the 40 km commute; the one without epoxy course is a near miss.
        Assert.Equal(["aarhus-1", "randers-1"], shortlist.Candidates.Select(c => c.CandidateId));
        Assert.Equal("Randers", shortlist.Candidates[1].JobCentre);
        Assert.True(shortlist.Candidates[0].Score > shortlist.Candidates[1].Score);
        Assert.Equal("aarhus-no-epoxy", Assert.Single(shortlist.NearMisses).CandidateId);
    }

    [Fact]
    public async Task Job_order_reports_status_and_a_deadline_one_day_after_receipt()
    {
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var submitted = await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Read<JobOrderAccepted>()).Id;
        Assert.Equal($"/api/v1/job-orders/{id}", submitted.Headers.Location?.OriginalString);

        await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode);
        var order = await (await consultant.GetAsync($"/api/v1/job-orders/{id}")).Read<JobOrderView>();
        Assert.Equal("shortlisted", order.Status);
        Assert.Equal(TimeSpan.FromHours(24), order.Deadline - order.ReceivedAt);
        Assert.Equal("Fire struktører til letbanen", order.Order.Title);
    }

    [Fact]
    public async Task Stored_profile_is_readable_by_its_job_centre_with_version_and_indexed_time()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        Assert.Equal(HttpStatusCode.NotFound, (await aarhus.GetAsync("/api/v1/candidates/read-me")).StatusCode);
        await aarhus.PutProfile(Profiles.Struktør("read-me") with { Version = 2 });

        var response = await aarhus.GetWhen("/api/v1/candidates/read-me", r => r.IsSuccessStatusCode);
        var stored = await response.Read<StoredCandidate>();
        Assert.Equal(2, stored.Version);
        Assert.NotNull(stored.IndexedAt);
        Assert.Equal("Erfaren struktør med betonarbejde og forskalling", stored.Profile.Headline);
    }

    [Fact]
    public async Task Older_version_published_later_does_not_overwrite_the_newer()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("versioned") with { Version = 5, Headline = "Ny overskrift" });
        await aarhus.WaitUntilIndexed("versioned");
        await aarhus.PutProfile(Profiles.Struktør("versioned") with { Version = 4, Headline = "Gammel overskrift" });
        await aarhus.PutProfile(Profiles.Struktør("marker"));
        await aarhus.WaitUntilIndexed("marker");

        var stored = await (await aarhus.GetAsync("/api/v1/candidates/versioned")).Read<StoredCandidate>();
        Assert.Equal(5, stored.Version);
        Assert.Equal("Ny overskrift", stored.Profile.Headline);
    }

    [Fact]
    public async Task Withdrawn_candidate_disappears_from_store_and_later_shortlists()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("leaving"));
        await aarhus.PutProfile(Profiles.Struktør("staying"));
        await aarhus.WaitUntilIndexed("leaving", "staying");

        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.DeleteAsync("/api/v1/candidates/leaving")).StatusCode);
        var gone = await aarhus.GetWhen("/api/v1/candidates/leaving", r => r.StatusCode == HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        var shortlist = await OrderAndWaitForShortlist(Profiles.LightRail());
        Assert.Equal(["staying"], shortlist.Candidates.Select(c => c.CandidateId));
    }

    [Fact]
    public async Task Gap_report_counts_which_course_would_unlock_near_miss_candidates()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("gap-epoxy-only") with { Certificates = ["Arbejde på vej"] });
        await aarhus.PutProfile(Profiles.Struktør("gap-both") with { Certificates = [] });
        await aarhus.PutProfile(Profiles.Struktør("gap-road-only"));
        await aarhus.WaitUntilIndexed("gap-epoxy-only", "gap-both", "gap-road-only");

        var order = Profiles.LightRail() with { RequiredCertificates = ["Epoxy-kursus", "Arbejde på vej"] };
        var shortlist = await OrderAndWaitForShortlist(order);
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var gaps = await (await consultant.GetAsync($"/api/v1/job-orders/{shortlist.JobOrderId}/gaps")).Read<GapReport>();

        Assert.Equal(0, gaps.QualifiedCount);
        Assert.Equal(
            [new CertificateGap("Arbejde på vej niveau 1", 1, 2), new CertificateGap("Epoxy-kursus", 1, 2)], // canonical names
            gaps.Certificates);
    }

    [Fact]
    public async Task Shortlist_of_an_unknown_order_is_404_problem()
    {
        var response = await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).GetAsync("/api/v1/job-orders/nope/shortlist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<Shortlist> OrderAndWaitForShortlist(JobOrder order)
    {
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var submitted = await consultant.PostAsJsonAsync("/api/v1/job-orders", order, ContractJson.Options);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Read<JobOrderAccepted>()).Id;
        var response = await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shortlist = await response.Read<Shortlist>();
        Assert.Equal(id, shortlist.JobOrderId);
        return shortlist;
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
