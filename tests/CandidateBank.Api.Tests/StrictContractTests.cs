using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CandidateBank.Cli;
using CandidateBank.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

/// <summary>Nothing partners or consultants send is silently dropped: a property the contract lacks is refused, named, in our words.</summary>
public sealed class StrictContractTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"strict-{Guid.NewGuid():N}");

    private static JsonObject ProfileJson(string id) => JsonSerializer.SerializeToNode(Profiles.Struktør(id), ContractJson.Options)!.AsObject();

    private static StringContent Json(JsonNode json) => new(json.ToJsonString(), Encoding.UTF8, "application/json");

    /// <summary>The problem's detail as text (the JSON escapes apostrophes).</summary>
    private static async Task<string> Detail(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();

    [Fact]
    public async Task A_misspelt_profile_property_is_400_naming_it_with_the_nearest_real_one_and_nothing_is_stored()
    {
        var profile = ProfileJson("skils-1");
        profile["skils"] = profile["skills"]!.DeepClone();
        profile.Remove("skills");
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);

        var response = await aarhus.PutAsync("/api/v1/candidates/skils-1", Json(profile));
        var body = await Detail(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown property 'skils'", body);
        Assert.Contains("did you mean 'skills'", body);
        Assert.DoesNotContain("CandidateBank.", body);
        Assert.DoesNotContain(".NET", body);
        Assert.Equal(HttpStatusCode.NotFound, (await aarhus.GetAsync("/api/v1/candidates/skils-1")).StatusCode);
    }

    [Fact]
    public async Task A_misspelt_hard_requirement_on_a_job_order_is_refused_instead_of_dropped()
    {
        var order = JsonSerializer.SerializeToNode(Profiles.LightRail(), ContractJson.Options)!.AsObject();
        order["requiredCertifikates"] = order["requiredCertificates"]!.DeepClone();
        order.Remove("requiredCertificates");

        var response = await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).PostAsync("/api/v1/job-orders", Json(order));
        var body = await Detail(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown property 'requiredCertifikates'", body);
        Assert.Contains("did you mean 'requiredCertificates'", body);
    }

    [Fact]
    public async Task A_date_in_another_format_is_400_saying_which_format_without_framework_names()
    {
        var profile = ProfileJson("date-1");
        profile["availableFrom"] = "01-02-2027";

        var response = await _factory.ClientWithKey(CandidateBankFactory.AarhusKey).PutAsync("/api/v1/candidates/date-1", Json(profile));
        var body = await Detail(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'availableFrom' could not be converted: expected a date written yyyy-mm-dd", body);
        Assert.DoesNotContain("System.", body);
    }

    [Fact]
    public async Task The_partner_cli_rejects_a_json_row_with_an_unknown_property_and_a_csv_with_an_unknown_column()
    {
        var profile = ProfileJson("cli-skils");
        profile["skils"] = new JsonArray("armering");
        await File.WriteAllTextAsync(_file + ".jsonl", profile.ToJsonString() + "\n");
        var jsonOutput = new StringWriter();
        var jsonExit = await CommandLine.RunAsync(["publish", "--file", _file + ".jsonl", "--broker", "amqp://guest:guest@127.0.0.1:1/"], jsonOutput, new StringWriter());

        Assert.Equal(1, jsonExit);
        Assert.Contains("line 1: Unknown property 'skils'", jsonOutput.ToString());
        Assert.Contains("0 published, 1 rejected", jsonOutput.ToString());

        await File.WriteAllTextAsync(_file + ".csv",
            "candidateId;jobCentre;version;headline;occupation;homeMunicipality;maxCommuteKm;availableFrom;shareWithEmployers;shareAcrossNetworks\n" +
            "cli-col;Aarhus;1;Struktør;Struktør:6;Aarhus;40;2027-02-01;ja;ja\n");
        var csvError = new StringWriter();
        var csvExit = await CommandLine.RunAsync(["publish", "--file", _file + ".csv", "--broker", "amqp://guest:guest@127.0.0.1:1/"], new StringWriter(), csvError);

        Assert.Equal(2, csvExit);
        Assert.Contains("columns this file does not take, whose values would be lost: occupation", csvError.ToString());
    }

    [Fact]
    public async Task Names_written_as_people_write_them_are_stored_in_the_official_spelling_and_an_unknown_one_gets_a_suggestion()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        var profile = ProfileJson("canonical-1");
        (profile["jobCentre"], profile["homeMunicipality"], profile["driversLicences"]) = (" aarhus ", "Århus Kommune", new JsonArray("c"));

        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.PutAsync("/api/v1/candidates/canonical-1", Json(profile))).StatusCode);
        await aarhus.WaitUntilIndexed("canonical-1");
        var stored = JsonNode.Parse(await (await aarhus.GetAsync("/api/v1/candidates/canonical-1")).Content.ReadAsStringAsync())!["profile"]!;
        Assert.Equal(("Aarhus", "Aarhus", "C"),
            (stored["jobCentre"]!.GetValue<string>(), stored["homeMunicipality"]!.GetValue<string>(), stored["driversLicences"]![0]!.GetValue<string>()));

        profile["homeMunicipality"] = "Aarhuus";
        var refused = await aarhus.PutAsync("/api/v1/candidates/canonical-1", Json(profile));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("did you mean Aarhus?", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_same_version_with_other_content_is_a_conflict_naming_the_next_version_and_an_identical_resend_is_harmless()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        var profile = ProfileJson("versioned-1");
        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.PutAsync("/api/v1/candidates/versioned-1", Json(profile))).StatusCode);
        await aarhus.WaitUntilIndexed("versioned-1");

        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.PutAsync("/api/v1/candidates/versioned-1", Json(profile))).StatusCode);
        profile["headline"] = "Rettet overskrift";
        var conflict = await aarhus.PutAsync("/api/v1/candidates/versioned-1", Json(profile));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("version 1 of candidate 'versioned-1' is already stored with other content; send the change as version 2", await Detail(conflict));
        var writer = _factory.Services.GetRequiredService<CandidateBank.Bus.Candidates.CandidateWriter>();
        var onTheBus = await writer.WriteAsync(Profiles.Struktør("versioned-1") with { Headline = "Rettet overskrift" }, CancellationToken.None);
        Assert.Equal(CandidateBank.Matching.Validation.CanonicalForms.VersionConflict("versioned-1", 1), onTheBus.Rejection);
    }

    [Fact]
    public async Task A_cancelled_order_is_closed_and_cannot_be_sent_and_an_empty_shortlist_goes_to_the_consultant_not_the_company()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutAsync("/api/v1/candidates/cancel-1", Json(ProfileJson("cancel-1")));
        await aarhus.WaitUntilIndexed("cancel-1");
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        async Task<string> Submit(JobOrder order)
        {
            var accepted = await consultant.PostAsync("/api/v1/job-orders", new StringContent(JsonSerializer.Serialize(order, ContractJson.Options), Encoding.UTF8, "application/json"));
            var id = JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
            await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode);
            return id;
        }

        var cancelled = await Submit(Profiles.LightRail());
        var closed = await consultant.DeleteAsync($"/api/v1/job-orders/{cancelled}");
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", JsonNode.Parse(await closed.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        var send = await consultant.PostAsync($"/api/v1/job-orders/{cancelled}/shortlist/send", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, send.StatusCode);
        Assert.Contains("was cancelled", await Detail(send));
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.ClientWithKey(CandidateBankFactory.OdenseConsultantKey).DeleteAsync($"/api/v1/job-orders/{cancelled}")).StatusCode);

        var nobody = await Submit(Profiles.LightRail() with { RequiredCertificates = ["Tårnkrancertifikat"] });
        var empty = await consultant.PostAsync($"/api/v1/job-orders/{nobody}/shortlist/send", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, empty.StatusCode);
        Assert.Contains("holds no qualified candidate", await Detail(empty));
        var outbox = Path.Combine(_factory.DataDirectory, "outbox");
        // *.eml only: the file transport writes <id>.eml.partial first and renames it when the message is whole.
        for (var waited = 0; waited < 100 && (!Directory.Exists(outbox) || Directory.GetFiles(outbox, "*.eml").Length == 0); waited++) await Task.Delay(100);
        var warning = await MimeKit.MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(outbox, "*.eml"))); // the consultant's, never the company's
        Assert.Equal("konsulent@aarhus.example", warning.To.Mailboxes.Single().Address);
        Assert.StartsWith("Ingen kvalificerede kandidater", warning.Subject);
        Assert.Contains($"/api/v1/job-orders/{nobody}/gaps", warning.TextBody);
    }

    [Fact]
    public async Task A_body_without_a_json_content_type_is_415_saying_which_header_to_send()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ProfileJson("typeless-1").ToJsonString()));
        var response = await _factory.ClientWithKey(CandidateBankFactory.AarhusKey).PutAsync("/api/v1/candidates/typeless-1", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("'Content-Type: application/json'", await Detail(response));
    }

    [Theory]
    [InlineData("aarhus\u20101")]      // a hyphen that looks like '-'
    [InlineData("aarhus\uFF0D1")]      // fullwidth hyphen
    [InlineData("aarhus-1\u200B")]     // zero-width space
    [InlineData("aarhus 1")]
    [InlineData("aarhus/1")]
    [InlineData("a'b<c>")]
    public async Task A_candidate_id_with_anything_but_ascii_letters_digits_dot_underscore_or_hyphen_is_400(string id)
    {
        var profile = ProfileJson("x");
        profile["candidateId"] = id;

        var response = await _factory.ClientWithKey(CandidateBankFactory.AarhusKey).PostAsync("/api/v1/candidates/batch", Json(new JsonArray(profile)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("may hold only the ASCII letters", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("aarhus%E2%80%901")]   // U+2010 hyphen
    [InlineData("aarhus%EF%BC%8D1")]   // fullwidth hyphen
    [InlineData("aarhus-1%E2%80%8B")]  // zero-width space
    [InlineData("aarhus%2F1")]
    [InlineData("a%27b%3Cc%3E")]
    public async Task A_malformed_candidate_id_in_the_url_is_400_for_reading_erasing_and_the_access_log_not_404(string escapedId)
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);

        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, $"/api/v1/candidates/{escapedId}"),
                     new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/candidates/{escapedId}"),
                     new HttpRequestMessage(HttpMethod.Get, $"/api/v1/candidates/{escapedId}/access-log"),
                 })
        {
            var response = await aarhus.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode}");
            Assert.Contains("may hold only the ASCII letters", await response.Content.ReadAsStringAsync());
        }
    }

    public void Dispose()
    {
        foreach (var extension in new[] { ".jsonl", ".csv" }) File.Delete(_file + extension);
        _factory.Dispose();
    }
}
