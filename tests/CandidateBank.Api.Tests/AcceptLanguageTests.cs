using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CandidateBank.Api.Binding;
using CandidateBank.Contracts;
using CandidateBank.Matching.Validation;

namespace CandidateBank.Api.Tests;

/// <summary>Validation errors in Danish for a client that prefers Danish (Accept-Language, q-values weighed), in English otherwise.</summary>
public sealed class AcceptLanguageTests : IClassFixture<AcceptLanguageTests.Server>
{
    public sealed class Server : IDisposable
    {
        public CandidateBankFactory Factory { get; } = CandidateBankFactory.WithFreshData();
        public void Dispose() { Factory.Dispose(); Factory.DeleteData(); }
    }

    private readonly CandidateBankFactory _factory;

    public AcceptLanguageTests(Server server) => _factory = server.Factory;

    private static readonly JobOrder BadOrder = Profiles.LightRail() with
    {
        Title = new string('x', 301), WorkMunicipality = "Arhus", Company = new Company("12345678", "Aarhus Letbane Byg A/S", "hr@letbanebyg.example"),
    };

    private async Task<JsonObject> Refusal(string path, object body, string? acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: ContractJson.Options) };
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        var response = await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
    }

    private static string Error(JsonObject errors, string path) => errors[path]![0]!.GetValue<string>();

    [Theory]
    [InlineData("da")]
    [InlineData("da-DK,da;q=0.9,en-US;q=0.8,en;q=0.7")]
    [InlineData("en;q=0.5, da")]
    public async Task A_bad_order_from_a_client_preferring_Danish_is_refused_in_Danish(string acceptLanguage)
    {
        var errors = await Refusal("/api/v1/job-orders", BadOrder, acceptLanguage);

        Assert.Equal("må højst være 300 tegn.", Error(errors, "title"));
        Assert.Equal("'Arhus' er ikke en dansk kommune; mente du Aarhus?", Error(errors, "workMunicipality"));
        Assert.Equal("'12345678' er ikke et gyldigt CVR-nummer (8 cifre med korrekt kontrolciffer).", Error(errors, "company.cvr"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("da;q=0.1, en")]
    [InlineData("en-GB, da;q=0.5")]
    [InlineData("fr")]
    [InlineData("*")]
    public async Task A_bad_order_from_a_client_not_preferring_Danish_is_refused_in_English(string? acceptLanguage)
    {
        var errors = await Refusal("/api/v1/job-orders", BadOrder, acceptLanguage);

        Assert.Equal("must be at most 300 characters.", Error(errors, "title"));
        Assert.Equal("'Arhus' is not a Danish municipality; did you mean Aarhus?", Error(errors, "workMunicipality"));
        Assert.Equal("'12345678' is not a valid CVR number (8 digits with a correct check digit).", Error(errors, "company.cvr"));
    }

    [Fact]
    public async Task An_unknown_tender_is_refused_in_Danish_for_a_client_preferring_Danish()
    {
        var errors = await Refusal("/api/v1/job-orders", Profiles.LightRail() with { TenderId = "UDB-findes-ikke" }, "da");

        Assert.Equal("udbuddet 'UDB-findes-ikke' er ikke registreret.", Error(errors, "tenderId"));
    }

    [Fact]
    public async Task A_bad_tender_award_is_refused_in_Danish_for_a_client_preferring_Danish()
    {
        var award = new TenderAwarded
        {
            TenderId = "T-1", Project = "Letbane", Buyer = "Aarhus Kommune", Cvr = "10150817", CompanyName = "Byg A/S", WorkMunicipality = "Aarhus",
            AwardedOn = new DateOnly(2026, 11, 1), StartDate = new DateOnly(2027, 1, 1), ValueDkk = -1, Trades = ["struktør"], Source = "udbud.dk",
        };

        var errors = await Refusal("/api/v1/tenders", award, "da");

        Assert.Equal("må ikke være negativ.", Error(errors, "valueDkk"));
    }

    [Theory]
    [InlineData("da", Language.Danish)]
    [InlineData("DA-dk", Language.Danish)]
    [InlineData("da, en", Language.Danish)]
    [InlineData("en, da", Language.English)]
    [InlineData("da;q=0.1, en", Language.English)]
    [InlineData("da;q=0.8, en;q=0.5", Language.Danish)]
    [InlineData("da;q=0, en;q=0", Language.English)]
    [InlineData("fr, da;q=0.3, en;q=0.2", Language.Danish)]
    [InlineData("*", Language.English)]
    [InlineData("en;q=0, *", Language.Danish)]
    [InlineData("", Language.English)]
    [InlineData(null, Language.English)]
    [InlineData(";;q=x", Language.English)]
    public void The_preferred_language_weighs_the_q_values_and_defaults_to_English(string? header, Language preferred) =>
        Assert.Equal(preferred, AcceptLanguage.Preferred(header));
}
