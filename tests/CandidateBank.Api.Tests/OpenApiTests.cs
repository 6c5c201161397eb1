using System.Text.Json;

namespace CandidateBank.Api.Tests;

public sealed class OpenApiTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    [Fact]
    public async Task OpenApi_document_is_valid_and_lists_every_endpoint()
    {
        var stream = await _factory.CreateClient().GetStreamAsync("/openapi/v1.json");
        var result = await Microsoft.OpenApi.Reader.OpenApiModelFactory.LoadAsync(stream, "json");
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        var paths = result.Document!.Paths;
        Assert.Contains("/api/v1/candidates/{candidateId}", paths.Keys);
        Assert.Contains("/api/v1/candidates/batch", paths.Keys);
        Assert.Contains("/api/v1/job-orders", paths.Keys);
        Assert.Contains("/api/v1/job-orders/{id}", paths.Keys);
        Assert.Contains("/api/v1/job-orders/{id}/shortlist", paths.Keys);
    }

    [Fact]
    public async Task Reference_page_is_served_and_works_offline()
    {
        var response = await _factory.CreateClient().GetAsync("/scalar/v1");
        var page = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
        // Every script and stylesheet the page loads comes from the server itself: no CDN, no web fonts.
        Assert.Empty(System.Text.RegularExpressions.Regex.Matches(page, @"(?:src|href)=""(https?:)?//[^""]*""").Select(m => m.Value));
        Assert.Contains("\"withDefaultFonts\":false", page.Replace(" ", ""));
    }

    [Fact]
    public async Task Every_operation_has_a_summary_its_answers_and_the_key_it_needs()
    {
        var stream = await _factory.CreateClient().GetStreamAsync("/openapi/v1.json");
        var document = (await Microsoft.OpenApi.Reader.OpenApiModelFactory.LoadAsync(stream, "json")).Document!;
        var operations = document.Paths.SelectMany(p => p.Value.Operations!.Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value))).ToList();

        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Operation.Summary), $"{o.Method} {o.Path} has no summary"));
        Assert.All(operations.Where(o => !o.Path.StartsWith("/api/v1/feedback", StringComparison.Ordinal)), o =>
        {
            Assert.Equal("ApiKey", Assert.Single(o.Operation.Security!).Keys.Single().Reference.Id);
            Assert.Contains("401", o.Operation.Responses!.Keys);
            Assert.Contains("403", o.Operation.Responses!.Keys);
        });
        var shortlist = operations.Single(o => o.Path == "/api/v1/job-orders/{id}/shortlist").Operation;
        Assert.Contains("404", shortlist.Responses!.Keys);
        Assert.Contains("409", shortlist.Responses!.Keys);
        var submit = operations.Single(o => o.Path == "/api/v1/job-orders" && o.Method == HttpMethod.Post).Operation;
        Assert.Contains("Fire struktører", submit.RequestBody!.Content!["application/json"].Example!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Contains(submit.Parameters!, p => p.Name == "Accept-Language" && p.In == Microsoft.OpenApi.ParameterLocation.Header && p.Description!.Contains("Danish"));
        Assert.DoesNotContain(document.Servers!, s => s.Url!.EndsWith('/'));
    }

    [Fact]
    public async Task Served_document_passes_redocly_recommended_lint_with_no_errors_or_warnings()
    {
        var cli = Path.Combine(Repository.Root, "tests", "openapi-lint", "node_modules", "@redocly", "cli", "bin", "cli.js");
        if (!File.Exists(cli)) throw new InvalidOperationException($"{cli} is missing: run bash tests/run.sh, which installs Redocly's CLI (npm ci in tests/openapi-lint).");
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        // Served as it would be in production, at the municipality's own address (the lint warns of a localhost server).
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://kandidatbank.aarhus.test") });
        await File.WriteAllTextAsync(file, await client.GetStringAsync("/openapi/v1.json"));
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { cli, "lint", file, "--extends=recommended", "--format=json" }) start.ArgumentList.Add(argument);
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var lint = System.Diagnostics.Process.Start(start)!;
            var report = lint.StandardOutput.ReadToEndAsync();
            var notices = await lint.StandardError.ReadToEndAsync(); // Node deprecation notices and the like
            await lint.WaitForExitAsync();
            var output = await report;

            var totals = JsonDocument.Parse(output).RootElement.GetProperty("totals");
            var problems = string.Join("\n", JsonDocument.Parse(output).RootElement.GetProperty("problems").EnumerateArray().Select(p => $"{p.GetProperty("ruleId")}: {p.GetProperty("message")}"));
            Assert.True(totals.GetProperty("errors").GetInt32() == 0, problems + notices);
            Assert.True(totals.GetProperty("warnings").GetInt32() == 0, problems);
            Assert.Equal(0, lint.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
