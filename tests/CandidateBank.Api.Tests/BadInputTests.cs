using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>Bad input gets a 400 problem that names the field, and nothing reaches the store.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private HttpClient Aarhus => _factory.ClientWithKey(CandidateBankFactory.AarhusKey);

    private static JsonObject ProfileJson(string id = "bad-1") =>
        JsonSerializer.SerializeToNode(Profiles.Struktør(id), ContractJson.Options)!.AsObject();

    private async Task<(HttpStatusCode Status, string Body)> PutRaw(string id, string json)
    {
        var response = await Aarhus.PutAsync($"/api/v1/candidates/{id}", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_municipality_is_400_naming_the_field()
    {
        var json = ProfileJson();
        json["homeMunicipality"] = "Atlantis";
        var (status, body) = await PutRaw("bad-1", json.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("homeMunicipality", body);
        Assert.Contains("Atlantis", body);
    }

    [Fact]
    public async Task Missing_required_field_is_400_naming_the_field()
    {
        var json = ProfileJson();
        json.Remove("jobCentre");
        var (status, body) = await PutRaw("bad-1", json.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("jobCentre", body);
    }

    [Fact]
    public async Task Wrong_type_is_400_naming_the_field()
    {
        var json = ProfileJson();
        json["maxCommuteKm"] = "far";
        var (status, body) = await PutRaw("bad-1", json.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("maxCommuteKm", body);
    }

    [Fact]
    public async Task Malformed_json_is_400_problem()
    {
        var (status, body) = await PutRaw("bad-1", "{\"candidateId\": \"bad-1\", ");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid", body);
    }

    [Fact]
    public async Task Unknown_licence_class_is_400_naming_the_entry()
    {
        var json = ProfileJson();
        json["driversLicences"] = new JsonArray("B", "X9");
        var (status, body) = await PutRaw("bad-1", json.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("driversLicences[1]", body);
    }

    [Fact]
    public async Task Id_in_body_differing_from_url_is_400()
    {
        var (status, body) = await PutRaw("other-id", ProfileJson("bad-1").ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("candidateId", body);
    }

    [Fact]
    public async Task Oversized_batch_is_400_and_nothing_is_stored()
    {
        var profiles = Enumerable.Range(0, 1001).Select(i => Profiles.Struktør($"big-{i}")).ToList();
        var response = await Aarhus.PostAsJsonAsync("/api/v1/candidates/batch", profiles, ContractJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 1000", await response.Content.ReadAsStringAsync());
        await AssertNothingStored("big-0");
    }

    [Fact]
    public async Task Batch_with_one_bad_profile_is_400_naming_its_position_and_stores_none()
    {
        var profiles = new[] { Profiles.Struktør("good-0"), Profiles.Struktør("bad-1") with { HomeMunicipality = "Nowhere" } };
        var response = await Aarhus.PostAsJsonAsync("/api/v1/candidates/batch", profiles, ContractJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("[1].homeMunicipality", await response.Content.ReadAsStringAsync());
        await AssertNothingStored("good-0");
    }

    [Fact]
    public async Task Job_order_in_unknown_municipality_is_400_naming_the_field()
    {
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var response = await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail() with { WorkMunicipality = "Gotham" }, ContractJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("workMunicipality", await response.Content.ReadAsStringAsync());
    }

    private async Task AssertNothingStored(string candidateId)
    {
        // A good profile pushed afterwards is indexed; had the rejected one been published, it would be too by then.
        await Aarhus.PutProfile(Profiles.Struktør("probe"));
        await Aarhus.WaitUntilIndexed("probe");
        Assert.Equal(HttpStatusCode.NotFound, (await Aarhus.GetAsync($"/api/v1/candidates/{candidateId}")).StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
