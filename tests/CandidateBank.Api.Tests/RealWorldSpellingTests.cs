using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Api.Vocabulary;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>Certificates and titles as partners write them, over REST: recognised, to verify, or listed as unrecognised.</summary>
public sealed class RealWorldSpellingTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    [Fact]
    public async Task Shortlist_takes_a_decorated_spelling_of_the_required_certificate_keeps_a_probable_one_to_verify_and_a_look_alike_out()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("spelled-amu") with { Certificates = ["AMU 47673 Epoxy og isocyanater, bestået 2021"] });
        await aarhus.PutProfile(Profiles.Struktør("spelled-probably") with { Certificates = ["Epoxyinstruktion på pladsen"] });
        await aarhus.PutProfile(Profiles.Struktør("spelled-other") with { Certificates = ["Asbest-kursus"] });
        await aarhus.PutProfile(Profiles.Struktør("titled-svend") with
        {
            Occupations = [new OccupationExperience("Struktørsvend (beton)", 4)], Certificates = ["Kursus: Epoxy (AMU)"],
        });
        await aarhus.WaitUntilIndexed("spelled-amu", "spelled-probably", "spelled-other", "titled-svend");

        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var id = (await (await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options)).Read<JobOrderAccepted>()).Id;
        var shortlist = await (await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode)).Read<Shortlist>();

        Assert.Equal(["spelled-amu", "titled-svend"], shortlist.Candidates.Select(c => c.CandidateId).Order());
        var toVerify = Assert.Single(shortlist.ToVerify);
        Assert.Equal("spelled-probably", toVerify.CandidateId);
        Assert.Equal(new CertificateToVerify("Epoxy-kursus", "Epoxyinstruktion på pladsen"), Assert.Single(toVerify.Certificates));
        Assert.DoesNotContain(shortlist.Candidates, c => c.CandidateId == "spelled-other");
    }

    [Fact]
    public async Task Unrecognised_names_are_listed_most_frequent_first_with_their_job_centres_for_consultants_only()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        var odense = _factory.ClientWithKey(CandidateBankFactory.OdenseKey);
        await aarhus.PutProfile(Profiles.Struktør("odd-1") with { Certificates = ["Motorsavsbevis", "Epoxy-kursus"] });
        await aarhus.PutProfile(Profiles.Struktør("odd-2") with { Certificates = ["Motorsavsbevis"], Occupations = [new OccupationExperience("Skovarbejder", 3)] });
        await odense.PutProfile(Profiles.Struktør("odd-3") with { JobCentre = "Odense", HomeMunicipality = "Odense", Certificates = ["Motorsavsbevis"] });
        await aarhus.WaitUntilIndexed("odd-1", "odd-2");
        await odense.WaitUntilIndexed("odd-3");

        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var listed = await (await consultant.GetAsync("/api/v1/vocabulary/unrecognised")).Read<List<UnrecognisedNameView>>();

        Assert.Equal(("certificate", "Motorsavsbevis", 3), (listed[0].Kind, listed[0].Name, listed[0].Candidates));
        Assert.Equal(new Dictionary<string, int> { ["Aarhus"] = 2, ["Odense"] = 1 }, listed[0].JobCentres);
        Assert.Contains(listed, n => n is { Kind: "occupation", Name: "Skovarbejder", Candidates: 1 });
        Assert.DoesNotContain(listed, n => n.Name is "Epoxy-kursus" or "Struktør");
        var occupations = await (await consultant.GetAsync("/api/v1/vocabulary/unrecognised?kind=occupation")).Read<List<UnrecognisedNameView>>();
        Assert.All(occupations, n => Assert.Equal("occupation", n.Kind));

        Assert.Equal(HttpStatusCode.Forbidden, (await aarhus.GetAsync("/api/v1/vocabulary/unrecognised")).StatusCode);
        var bad = await consultant.GetAsync("/api/v1/vocabulary/unrecognised?kind=skill");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("kind must be certificate or occupation", await bad.Content.ReadAsStringAsync());
    }

    public void Dispose() => _factory.Dispose();
}
