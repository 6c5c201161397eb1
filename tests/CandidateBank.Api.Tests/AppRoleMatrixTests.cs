using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

/// <summary>Every page of the web app against every role, signed in with the cookie the sign-in page gives.</summary>
public sealed class AppRoleMatrixTests : IClassFixture<AppRoleMatrixTests.Server>
{
    public sealed class Server : IDisposable
    {
        public CandidateBankFactory Factory { get; } = CandidateBankFactory.WithFreshData();
        public void Dispose() { Factory.Dispose(); Factory.DeleteData(); }
    }

    /// <summary>Sent to sign in; sent to the "Ingen adgang" page (403); sent to where the user starts.</summary>
    private const string SignIn = "sign-in", Denied = "denied", Home = "home";
    private const string Ok = "200", Forbidden = "403", NotFound = "404";

    /// <summary>Route pattern, request path, and what each caller gets: nobody signed in, jobcentre, consultant, admin.</summary>
    private static readonly (string Pattern, string Path, string[] Expected)[] Pages =
    [
        ("/app/orders", "/app/orders", [SignIn, Denied, Ok, Ok]),
        ("/app/orders/new", "/app/orders/new", [SignIn, Denied, Ok, Ok]),
        ("/app/orders/{id}", "/app/orders/x", [SignIn, Denied, NotFound, NotFound]),
        ("/app/candidates", "/app/candidates", [SignIn, Ok, Denied, Ok]),
        ("/app/candidates/{candidateId}", "/app/candidates/x", [SignIn, NotFound, Denied, NotFound]),
        ("/app/outreach", "/app/outreach", [SignIn, Denied, Ok, Ok]),
        ("/app/turnaround", "/app/turnaround", [SignIn, Denied, Ok, Ok]),
        ("/app/tenders", "/app/tenders", [SignIn, Denied, Ok, Ok]),
        ("/app/sign-in", "/app/sign-in", [Ok, Home, Home, Home]),
        ("/app/access-denied", "/app/access-denied", [Forbidden, Forbidden, Forbidden, Forbidden]),
    ];

    /// <summary>Pages and files anyone may fetch: the stylesheet, the entry that sends everyone to sign in, sign-out (a POST with its token).</summary>
    private static readonly string[] Public = ["/app/app.css", "/app", "/app/sign-out"];

    private static readonly string?[] Keys = [null, CandidateBankFactory.AarhusKey, CandidateBankFactory.ConsultantKey, CandidateBankFactory.AdminKey];

    private readonly CandidateBankFactory _factory;

    public AppRoleMatrixTests(Server server) => _factory = server.Factory;

    public static TheoryData<int, int> Cases()
    {
        var cases = new TheoryData<int, int>();
        for (var page = 0; page < Pages.Length; page++)
            for (var role = 0; role < Keys.Length; role++) cases.Add(page, role);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_what_the_page_allows_it(int page, int role)
    {
        var (_, path, expected) = Pages[page];
        var browser = await _factory.SignedIn(Keys[role]);

        var response = await browser.GetAsync(path);

        var got = response.StatusCode != HttpStatusCode.Redirect ? ((int)response.StatusCode).ToString()
            : response.Headers.Location!.OriginalString switch
            {
                var to when to.Contains("/app/sign-in") => SignIn,
                var to when to.Contains("/app/access-denied") => Denied,
                _ => Home,
            };
        Assert.True(expected[role] == got, $"GET {path} as {Keys[role] ?? "nobody"}: expected {expected[role]}, got {got}");
    }

    [Fact]
    public void Every_page_of_the_app_is_in_the_matrix_or_public()
    {
        var mapped = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Where(p => p.StartsWith("/app", StringComparison.Ordinal)).Distinct().ToList();

        var missing = mapped.Where(p => Pages.All(m => m.Pattern != p) && !Public.Contains(p)).ToList();

        Assert.True(missing.Count == 0, "Pages without a row in the app's role matrix: " + string.Join(", ", missing));
    }
}
