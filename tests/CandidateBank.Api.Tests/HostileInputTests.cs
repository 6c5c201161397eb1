using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>Input meant to hurt: huge, deep, broken, full of markup or query syntax, or simply too much of it.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string>
    {
        ["CandidateBank:Limits:MaxBodyBytes"] = "100000",
        ["CandidateBank:Limits:RequestsPerMinutePerKey"] = "100000",
    });

    private HttpClient Aarhus => _factory.ClientWithKey(CandidateBankFactory.AarhusKey);

    private static string ProfileJson(Action<JsonObject>? change = null, string id = "hostile-1")
    {
        var json = JsonSerializer.SerializeToNode(Profiles.Struktør(id), ContractJson.Options)!.AsObject();
        change?.Invoke(json);
        return json.ToJsonString();
    }

    private async Task<(HttpStatusCode Status, string Body)> Put(string id, HttpContent content)
    {
        var response = await Aarhus.PutAsync($"/api/v1/candidates/{id}", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Body_over_the_limit_is_413_problem_before_it_is_read()
    {
        var (status, body) = await Put("hostile-1", Json(ProfileJson(p => p["summary"] = new string('x', 200_000))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("at most 100000", body);
    }

    [Fact]
    public async Task Deeply_nested_json_is_400_not_a_stack_overflow()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000);
        var (status, body) = await Put("hostile-1", Json(ProfileJson().TrimEnd('}') + ",\"extra\":" + nested + "}"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        // The nesting sits under a property the contract does not have, which is refused before it is read.
        Assert.Contains("Unknown property", body);
        Assert.Contains("extra", body);
    }

    [Fact]
    public async Task Invalid_utf8_is_400()
    {
        var text = ProfileJson(p => p["headline"] = "Struktør XX");
        var bytes = Encoding.UTF8.GetBytes(text);
        var index = Encoding.UTF8.GetByteCount(text[..text.IndexOf("XX", StringComparison.Ordinal)]);
        (bytes[index], bytes[index + 1]) = ((byte)0xC3, (byte)0x28); // a lead byte followed by no continuation byte
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await Put("hostile-1", content)).Status);
    }

    [Theory]
    [InlineData(@"Struktør\u0000med nul", "control characters")]
    [InlineData(@"Struktør\u001b[31m", "control characters")]
    [InlineData(@"Struktør \ud800", "could not be converted")] // half a surrogate pair: the JSON reader refuses it
    public async Task Control_characters_and_broken_unicode_in_free_text_are_400_naming_the_field(string escapedHeadline, string reason)
    {
        var json = ProfileJson(p => p["headline"] = "HEADLINE").Replace("HEADLINE", escapedHeadline);
        var (status, body) = await Put("hostile-1", Json(json));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("headline", body);
        Assert.True(body.Contains(reason, StringComparison.OrdinalIgnoreCase), body);
    }

    [Fact]
    public async Task Markup_and_sql_in_free_text_are_stored_as_text_and_returned_json_escaped()
    {
        const string summary = "<script>alert('x')</script> Robert'); DROP TABLE Candidates;--";
        Assert.Equal(HttpStatusCode.Accepted, (await Put("hostile-1", Json(ProfileJson(p => p["summary"] = summary)))).Status);
        await Aarhus.WaitUntilIndexed("hostile-1");
        var raw = await Aarhus.GetStringAsync("/api/v1/candidates/hostile-1");
        Assert.DoesNotContain("<script>", raw); // escaped as \u003C in JSON, harmless if pasted into a page
        Assert.Equal(summary, (await (await Aarhus.GetAsync("/api/v1/candidates/hostile-1")).Read<Candidates.StoredCandidate>()).Profile.Summary);
    }

    [Theory]
    [InlineData("title:* OR id:*", 0)]
    [InlineData("*uktør AND ?truktør~2", 0)]
    [InlineData("\"unbalanced (struktør", 1)]
    public async Task Lucene_query_syntax_in_an_order_is_text_and_does_not_widen_the_match(string occupation, int expected)
    {
        await Aarhus.PutProfile(Profiles.Struktør("syntax-1"));
        await Aarhus.WaitUntilIndexed("syntax-1");
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var order = Profiles.LightRail() with { Occupation = occupation, Description = occupation };
        var id = (await (await consultant.PostAsJsonAsync("/api/v1/job-orders", order, ContractJson.Options)).Read<JobOrderAccepted>()).Id;
        var shortlist = await (await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode)).Read<Shortlist>();
        // Only the literal word "struktør" matches the struktør; wildcards and field syntax match nobody.
        Assert.Equal(expected, shortlist.Candidates.Count);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
