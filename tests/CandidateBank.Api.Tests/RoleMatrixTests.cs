using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CandidateBank.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

/// <summary>Every endpoint against every role: who is let in (any answer but 401/403), who is refused and how.</summary>
public sealed class RoleMatrixTests : IClassFixture<RoleMatrixTests.Server>
{
    public sealed class Server : IDisposable
    {
        public CandidateBankFactory Factory { get; } = CandidateBankFactory.WithFreshData();
        public void Dispose() { Factory.Dispose(); Factory.DeleteData(); }
    }

    private const string Allowed = "allowed";
    private const string None = "none", JobCentre = "jobcentre", Consultant = "consultant", Admin = "admin";

    /// <summary>Method, route pattern, request path, and what each role gets: none, jobcentre, consultant, admin.</summary>
    public static readonly (string Method, string Pattern, string Path, string[] Expected)[] Matrix =
    [
        ("PUT", "/api/v1/candidates/{candidateId}", "/api/v1/candidates/aarhus-1001", ["401", Allowed, "403", Allowed]),
        ("POST", "/api/v1/candidates/batch", "/api/v1/candidates/batch", ["401", Allowed, "403", Allowed]),
        ("GET", "/api/v1/candidates/{candidateId}", "/api/v1/candidates/x", ["401", Allowed, "403", Allowed]),
        ("DELETE", "/api/v1/candidates/{candidateId}", "/api/v1/candidates/x", ["401", Allowed, "403", Allowed]),
        ("GET", "/api/v1/candidates/{candidateId}/access-log", "/api/v1/candidates/x/access-log", ["401", Allowed, "403", Allowed]),
        ("POST", "/api/v1/job-orders/", "/api/v1/job-orders", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/job-orders/{id}", "/api/v1/job-orders/x", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/job-orders/{id}/shortlist", "/api/v1/job-orders/x/shortlist", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/job-orders/{id}/gaps", "/api/v1/job-orders/x/gaps", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/job-orders/", "/api/v1/job-orders", ["401", "403", Allowed, Allowed]),
        ("POST", "/api/v1/job-orders/{id}/shortlist/send", "/api/v1/job-orders/x/shortlist/send", ["401", "403", Allowed, Allowed]),
        ("DELETE", "/api/v1/job-orders/{id}", "/api/v1/job-orders/x", ["401", "403", Allowed, Allowed]),
        ("POST", "/api/v1/job-orders/{id}/outcomes", "/api/v1/job-orders/x/outcomes", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/job-orders/{id}/outcomes", "/api/v1/job-orders/x/outcomes", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/metrics/turnaround", "/api/v1/metrics/turnaround", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/metrics/placements", "/api/v1/metrics/placements", ["401", "403", Allowed, Allowed]),
        // The company has no key: the single-use token in the link is its credential.
        ("POST", "/api/v1/feedback/{token}", "/api/v1/feedback/x", [Allowed, Allowed, Allowed, Allowed]),
        ("POST", "/api/v1/tenders/", "/api/v1/tenders", ["401", "403", Allowed, Allowed]),
        ("POST", "/api/v1/tenders/import", "/api/v1/tenders/import", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/tenders/", "/api/v1/tenders", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/tenders/{tenderId}/coverage", "/api/v1/tenders/x/coverage", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/companies/{cvr}", "/api/v1/companies/10150817", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/outreach", "/api/v1/outreach", ["401", "403", Allowed, Allowed]),
        ("GET", "/api/v1/vocabulary/unrecognised", "/api/v1/vocabulary/unrecognised", ["401", "403", Allowed, Allowed]),
    ];

    /// <summary>Endpoints anyone may call: health probes, the API reference and the static feedback page behind emailed links.</summary>
    private static readonly string[] Public = ["/health/live", "/health/ready", "/openapi/{documentName}.json", "/feedback/{token}", "/metrics"];

    private readonly CandidateBankFactory _factory;

    public RoleMatrixTests(Server server) => _factory = server.Factory;

    public static TheoryData<int, int> Cases()
    {
        var cases = new TheoryData<int, int>();
        for (var row = 0; row < Matrix.Length; row++)
            for (var role = 0; role < 4; role++) cases.Add(row, role);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_answers_each_role_as_the_matrix_says(int row, int role)
    {
        var (method, _, path, expected) = Matrix[row];
        var key = new[] { null, CandidateBankFactory.AarhusKey, CandidateBankFactory.ConsultantKey, CandidateBankFactory.AdminKey }[role];
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(path) };
        var response = await _factory.ClientWithKey(key).SendAsync(request);

        var status = (int)response.StatusCode;
        var actual = status is 401 or 403 ? status.ToString() : Allowed;
        Assert.True(expected[role] == actual, $"{method} {path} as {new[] { None, JobCentre, Consultant, Admin }[role]}: expected {expected[role]}, got {status}");
        if (status is 401 or 403) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Every_mapped_endpoint_is_in_the_matrix_or_public()
    {
        var mapped = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToList();
        var covered = Matrix.Select(m => $"{m.Method} {m.Pattern}").ToHashSet();
        // The web app's pages are a door of their own, signed in with a cookie: AppRoleMatrixTests covers them.
        var missing = mapped.Where(e => !covered.Contains(e) && !Public.Any(p => e.EndsWith(" " + p)) && !e.Contains(" /scalar/") && !e.Contains(" /app") && !e.Contains(" app/")).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a row in the role matrix: " + string.Join(", ", missing));
    }

    private static HttpContent? Body(string path) => path switch
    {
        "/api/v1/candidates/aarhus-1001" => JsonContent.Create(Profiles.Struktør(), options: ContractJson.Options),
        "/api/v1/candidates/batch" => JsonContent.Create(new[] { Profiles.Struktør() }, options: ContractJson.Options),
        "/api/v1/job-orders" => JsonContent.Create(Profiles.LightRail(), options: ContractJson.Options),
        "/api/v1/tenders" => new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "examples", "TenderAwarded.json")), System.Text.Encoding.UTF8, "application/json"),
        "/api/v1/tenders/import" => new StringContent("tenderId;project\n", System.Text.Encoding.UTF8, "text/csv"),
        "/api/v1/feedback/x" => JsonContent.Create(new { rating = 3 }),
        "/api/v1/job-orders/x/outcomes" => JsonContent.Create(new { candidateId = "c", outcome = "contacted" }),
        _ => null,
    };
}
