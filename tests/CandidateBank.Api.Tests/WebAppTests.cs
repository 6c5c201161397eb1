using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;
using Microsoft.Playwright;
using MimeKit;

namespace CandidateBank.Api.Tests;

/// <summary>The consultants' web app in a real browser (Debian's Chromium through Playwright), against a server on a real port.</summary>
public sealed class WebAppTests : IAsyncLifetime
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private Browser _browser = null!;
    private string _url = "";

    public async Task InitializeAsync()
    {
        var port = ServerProcess.FreePort();
        _factory.UseKestrel(port);
        _factory.StartServer();
        _url = $"http://127.0.0.1:{port}";
        _browser = await Browser.LaunchAsync();
    }

    [Fact]
    public async Task A_consultant_submits_an_order_through_the_form_reads_the_shortlist_takes_one_off_and_sends_and_the_email_goes_out()
    {
        var admin = _factory.ClientWithKey(CandidateBankFactory.AdminKey);
        await admin.PostAsJsonAsync("/api/v1/candidates/batch", new[] { Profiles.Struktør("web-keep"), Profiles.Struktør("web-off", home: "Skanderborg") with { Consent = new Consent(ShareWithEmployers: false, ShareAcrossNetworks: true) } }, ContractJson.Options);
        await admin.WaitUntilIndexed("web-keep", "web-off");
        var page = await _browser.NewPageAsync(_url);

        await Browser.SignInAsync(page, CandidateBankFactory.ConsultantKey);
        await Assertions.Expect(page).ToHaveURLAsync($"{_url}/app/orders");
        await Browser.ScreenshotAsync(page, "orders");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny jobordre" }).ClickAsync();
        await page.GetByLabel("Titel").FillAsync("Fire struktører til letbanen");
        await page.GetByLabel("Fag").FillAsync("Struktør");
        await page.GetByLabel("Arbejdssted (kommune)").FillAsync("Aarhus");
        await page.GetByLabel("Start").FillAsync("2027-03-01");
        await page.GetByLabel("Antal stillinger").FillAsync("4");
        Assert.True(await page.Locator("#certifikater option").CountAsync() > 10); // the vocabulary's certificates as suggestions
        await page.GetByLabel("Certifikat 1").FillAsync("Epoxy-kursus");
        await page.GetByLabel("Kompetence 1", new() { Exact = true }).FillAsync("forskalling");
        await page.GetByLabel("Ønsket kompetence 1").FillAsync("armering");
        await page.GetByLabel("Krævede sprog").FillAsync("dansk, klingonsk"); // no language the API knows
        await page.GetByLabel("Ansættelsesform").SelectOptionAsync(new SelectOptionValue { Label = "Vikariat eller tidsbegrænset ansættelse" });
        await page.GetByLabel("Antal kandidater ønsket").FillAsync("2");
        await page.GetByLabel("Højst antal kandidater på listen").FillAsync("8");
        await page.GetByLabel("Virksomheden ønsker seniorer").CheckAsync();
        await page.GetByLabel("Navn").FillAsync("Aarhus Letbane Byg A/S");
        await page.GetByLabel("CVR-nummer").FillAsync("12345678"); // fails the modulus-11 check
        await page.GetByLabel("Kontaktpersonens e-mail").FillAsync("hr@letbanebyg.example");
        await page.GetByLabel("Din e-mail").FillAsync("konsulent@aarhus.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret jobordre" }).ClickAsync();

        await Assertions.Expect(page.Locator("#company-cvr-fejl")).ToContainTextAsync("'12345678' er ikke et gyldigt CVR-nummer");
        await Assertions.Expect(page.GetByLabel("CVR-nummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#requiredLanguages-fejl")).ToContainTextAsync("'klingonsk' er ikke en ISO 639-1-sprogkode");
        await Assertions.Expect(page.GetByLabel("Krævede sprog")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Ønsket kompetence 1")).ToHaveValueAsync("armering"); // what was entered, kept
        await Assertions.Expect(page.GetByLabel("Ansættelsesform")).ToHaveValueAsync(EmploymentType.Temporary);
        await Assertions.Expect(page.GetByLabel("Antal kandidater ønsket")).ToHaveValueAsync("2");
        await Assertions.Expect(page.GetByLabel("Højst antal kandidater på listen")).ToHaveValueAsync("8");
        await Assertions.Expect(page.GetByLabel("Virksomheden ønsker seniorer")).ToBeCheckedAsync();
        await Browser.ScreenshotAsync(page, "new-order-field-error");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(page));
        await page.GetByLabel("CVR-nummer").FillAsync("12345674");
        await page.GetByLabel("Krævede sprog").FillAsync("dansk, engelsk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret jobordre" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/app/orders/[0-9a-f]{32}\\?modtaget=true$"));
        var id = page.Url.Split('/')[^1].Split('?')[0];
        // The form waits a moment for the bus consumer to store the order; on a busy machine the page may still say it is
        // being processed ("Jobordren er modtaget"), never that it does not exist.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Jobordren findes ikke");
        var received = (await (await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).GetWhen($"/api/v1/job-orders/{id}", r => r.IsSuccessStatusCode)).Read<JobOrderView>()).Order;
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fire struktører til letbanen");
        Assert.Equal(["armering"], received.PreferredSkills);
        Assert.Equal(["da", "en"], received.RequiredLanguages); // the languages' names as the API's codes
        Assert.Equal((EmploymentType.Temporary, 2, 8, true, false), (received.EmploymentType, received.Wanted, received.ShortlistSize, received.SeniorFriendly, received.AutoSend));
        await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Jens Hansen"); // consented to share contact details
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Kontakt via jobcentret (ref. K-"); // did not
        await Browser.ScreenshotAsync(page, "order");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(page));
        await page.GetByLabel("Tag web-off af listen").CheckAsync();
        await page.GetByLabel("Jeg har gennemgået listen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Godkend og send" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Godkendt: 1 kandidat sendes nu til virksomheden.");
        await Browser.ScreenshotAsync(page, "order-sent");
        var eml = Path.Combine(_factory.DataDirectory, "outbox", $"shortlist-{id}.eml");
        await DeliveryFlow.WaitForFile(eml);
        var sent = await (await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).GetAsync($"/api/v1/job-orders/{id}")).Read<JobOrderView>();
        Assert.Equal(["web-keep"], sent.Delivery!.Candidates.Select(c => c.CandidateId));

        await page.ReloadAsync();
        await page.GetByLabel("Udfald for web-keep").SelectOptionAsync("interview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Notér for web-keep" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("web-keep: til samtale er noteret.");
        await Browser.ScreenshotAsync(page, "order-outcome");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(page));
        var outcomes = await (await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).GetAsync($"/api/v1/job-orders/{id}/outcomes")).Read<List<CandidateOutcomeView>>();
        Assert.Equal(("interview", "consultant"), (outcomes.Single().Outcome, outcomes.Single().History.Single().By));

        await CompanyReadsTheEmailAndRatesIt(eml, sent.Delivery.Candidates.Single().Reference);
        var afterRating = await (await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).GetAsync($"/api/v1/job-orders/{id}/outcomes")).Read<List<CandidateOutcomeView>>();
        Assert.Equal(("hired", "virksomheden"), (afterRating.Single().Outcome, afterRating.Single().History[^1].By));

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("4 af 5")).ToBeVisibleAsync(); // the company's rating, on the order
        await page.GetByRole(AriaRole.Link, new() { Name = "Svartider" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Andel ordrer besvaret til tiden pr. jobcenter" })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "turnaround");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(page));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        await consultant.PostAsync("/api/v1/tenders",
            new StringContent(File.ReadAllText(Path.Combine(Repository.Root, "schemas", "examples", "TenderAwarded.json")), System.Text.Encoding.UTF8, "application/json"));
        await consultant.GetWhen("/api/v1/tenders", r => r.Content.ReadAsStringAsync().Result.Contains("UDB-2026-04711"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Virksomheder at ringe til" }).ClickAsync();
        await page.GetByLabel("Udbud der starter inden for").SelectOptionAsync("365");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Østjysk Beton A/S");
        await Browser.ScreenshotAsync(page, "outreach");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Udbud", Exact = true }).ClickAsync();
        await page.GetByLabel("Arbejdssted").FillAsync("århus"); // any spelling of the municipality
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Letbanen etape 2");
        await Browser.ScreenshotAsync(page, "tenders");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(page));
    }

    /// <summary>The email as a mail client shows its HTML part, then the rating page its button opens: named, accessible, and thankful.</summary>
    private async Task CompanyReadsTheEmailAndRatesIt(string eml, string reference)
    {
        var message = await MimeMessage.LoadAsync(eml);
        var company = await _browser.NewPageAsync(_url, width: 600);
        await company.SetContentAsync(message.HtmlBody!);
        await Assertions.Expect(company.GetByText("Jobcenter Aarhus: kandidater til \"Fire struktører til letbanen\"")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(company, "shortlist-email");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(company));
        var link = await company.GetByRole(AriaRole.Link, new() { Name = "Vurder kandidatlisten" }).GetAttributeAsync("href");
        Assert.Contains("/feedback/", link);

        await company.GotoAsync(new Uri(link!).PathAndQuery);
        await Assertions.Expect(company.GetByText("Kandidatlisten fra Jobcenter Aarhus til jobordren \"Fire struktører til letbanen\".")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(company, "rating-page");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(company));
        await company.GetByRole(AriaRole.Radio, new() { Name = "4", Exact = true }).CheckAsync();
        await company.GetByLabel($"Kandidat med reference {reference}").CheckAsync();
        await company.GetByRole(AriaRole.Button, new() { Name = "Send vurdering" }).ClickAsync();

        await Assertions.Expect(company.GetByRole(AriaRole.Status)).ToContainTextAsync("Tak for jeres vurdering.");
        await Browser.ScreenshotAsync(company, "rating-thanks");
    }

    [Fact]
    public async Task Another_job_centres_consultant_cannot_open_the_order_and_a_wrong_key_is_named_beside_the_field()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør("web-private"));
        var page = await _browser.NewPageAsync(_url, width: 360);

        await Browser.SignInAsync(page, "not-a-key");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nøglen er ukendt eller spærret");
        await Browser.ScreenshotAsync(page, "sign-in-refused-360px");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(page));
        await Browser.SignInAsync(page, CandidateBankFactory.OdenseConsultantKey);
        var response = await page.GotoAsync($"/app/orders/{id}");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jobordren findes ikke");
        Assert.DoesNotContain("web-private", await page.ContentAsync());
    }

    [Fact]
    public async Task A_job_centre_user_reads_who_saw_a_candidate_and_erases_it_and_another_job_centre_sees_neither()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.PutProfile(Profiles.Struktør("web-erase"));
        await aarhus.WaitUntilIndexed("web-erase");
        await _factory.ClientWithKey(CandidateBankFactory.AdminKey).GetAsync("/api/v1/candidates/web-erase"); // a disclosure to log
        var odense = await _browser.NewPageAsync(_url);
        await Browser.SignInAsync(odense, CandidateBankFactory.OdenseKey);
        Assert.Equal((int)HttpStatusCode.NotFound, (await odense.GotoAsync("/app/candidates/web-erase"))!.Status);
        var page = await _browser.NewPageAsync(_url, width: 360);

        await Browser.SignInAsync(page, CandidateBankFactory.AarhusKey);
        await Assertions.Expect(page).ToHaveURLAsync($"{_url}/app/candidates");
        await page.GetByRole(AriaRole.Link, new() { Name = "web-erase" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("admin");
        await Browser.ScreenshotAsync(page, "candidate-360px");
        Assert.Empty(await Browser.AccessibilityProblemsAsync(page));
        await page.GetByLabel("Jeg vil slette kandidat web-erase").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Slet kandidaten" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kandidat web-erase slettes nu");
        await aarhus.GetWhen("/api/v1/candidates/web-erase", r => r.StatusCode == HttpStatusCode.NotFound);
        Assert.Equal((int)HttpStatusCode.Forbidden, (await odense.GotoAsync("/app/orders"))!.Status); // a job centre's user has no orders
    }

    [Fact]
    public async Task Pages_come_only_from_the_server_and_the_session_cookie_is_http_only_and_strict()
    {
        var page = await _browser.NewPageAsync(_url);
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await Browser.SignInAsync(page, CandidateBankFactory.ConsultantKey);

        var session = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "candidatebank-session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        Assert.All(requested, url => Assert.StartsWith(_url, url));
        var headers = await (await page.GotoAsync("/app/orders"))!.AllHeadersAsync();
        Assert.Contains("default-src 'none'", headers["content-security-policy"]);
    }

    [Fact]
    public async Task The_api_reference_renders_its_operations_under_its_content_security_policy_without_a_violation()
    {
        var page = await _browser.NewPageAsync(_url);
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text); };

        var response = await page.GotoAsync($"{_url}/scalar/v1");

        Assert.Contains("frame-ancestors 'none'", (await response!.AllHeadersAsync())["content-security-policy"]);
        await Assertions.Expect(page.GetByText("Publish a candidate profile", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Empty(violations);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _factory.Dispose();
        _factory.DeleteData();
    }
}
