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
    public async Task Reference_page_is_served()
    {
        var response = await _factory.CreateClient().GetAsync("/scalar/v1");
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
