using System.Net;
using System.Net.Http.Json;
using System.Text;
using CandidateBank.Api.Tenders;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>The tender registry: messy register exports in, idempotent; coverage and outreach on a bank where the answer is known.</summary>
public sealed class TenderTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private HttpClient Consultant => _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);

    private const string Header = "tenderId;project;buyer;cvr;companyName;companyMunicipality;contactPerson;workMunicipality;awardedOn;startDate;endDate;valueDkk;trades;source";

    private static string Row(string id, string cvr, string work, DateOnly start, string trades, string company = "Østjysk Beton A/S") =>
        $"{id};Letbane etape 2;Aarhus Kommune;{cvr};{company};Aarhus;Mette Kjær;{work};{Today.AddDays(-20):dd-MM-yyyy};{start:dd-MM-yyyy};;12.500.000,00;{trades};udbud.dk";

    private async Task<ImportReport> Import(params string[] lines)
    {
        var body = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines))]);
        body.Headers.ContentType = new("text/csv");
        var response = await Consultant.PostAsync("/api/v1/tenders/import", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Read<ImportReport>();
    }

    private async Task<List<TenderAwarded>> Tenders(string query = "") =>
        await (await Consultant.GetAsync("/api/v1/tenders" + query)).Read<List<TenderAwarded>>();

    [Fact]
    public async Task Messy_export_is_imported_row_by_row_and_importing_it_again_changes_nothing()
    {
        string[] file =
        [
            Header,
            Row("T-1", "10150817", "Aarhus", Today.AddDays(60), "struktør|maskinfører"),
            "",
            Row("T-1", "10150817", "Aarhus", Today.AddDays(60), "struktør|maskinfører"),
            Row("T-2", "10150818", "Aarhus", Today.AddDays(60), "tømrer"),
            Row("T-3", "10150817", "Atlantis", Today.AddDays(60), "tømrer"),
            Row("T-4", "10150817", "Odense", Today.AddDays(200), "tømrer"),
        ];
        var report = await Import(file);
        Assert.Equal((5, 2, 1), (report.RowsRead, report.Accepted, report.Duplicates));
        Assert.Contains(report.Rejected, r => r.Line == 5 && r.Reason.Contains("cvr") && r.Reason.Contains("check digit"));
        Assert.Contains(report.Rejected, r => r.Line == 6 && r.Reason.Contains("Atlantis"));
        await Consultant.GetWhen("/api/v1/tenders", r => r.Content.ReadAsStringAsync().Result is var all && all.Contains("T-1") && all.Contains("T-4"));

        var again = await Import(file);
        Assert.Equal((5, 0, 3), (again.RowsRead, again.Accepted, again.Duplicates)); // T-1 and T-4 are already recorded as they are
        Assert.Equal(["T-1", "T-4"], (await Tenders()).Select(t => t.TenderId));
        Assert.Equal(["T-1"], (await Tenders("?trade=Struktører")).Select(t => t.TenderId));
        Assert.Equal(["T-4"], (await Tenders("?network=Rekrutteringsservice Fyn")).Select(t => t.TenderId));
        Assert.Equal(["T-1"], (await Tenders($"?startsBefore={Today.AddDays(90):yyyy-MM-dd}&municipality=Aarhus")).Select(t => t.TenderId));
    }

    [Fact]
    public async Task Coverage_counts_candidates_in_the_trade_who_reach_the_site_in_time_and_those_a_course_away()
    {
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        var available = Today;
        CandidateProfile Candidate(string id, string title, string home = "Aarhus", params string[] certificates) => Profiles.Struktør(id, home) with
        {
            Occupations = [new OccupationExperience(title, 5)], Headline = title, Certificates = certificates, AvailableFrom = available,
        };
        CandidateProfile[] bank =
        [
            Candidate("s-ready", "Struktør", "Aarhus", "Epoxy-kursus"),
            Candidate("s-synonym", "Betonstruktør", "Skanderborg", "epoxybevis"),
            Candidate("s-course", "Struktør"),
            Candidate("s-far", "Struktør", "Odense", "Epoxy-kursus"),
            Candidate("s-late", "Struktør", "Aarhus", "Epoxy-kursus") with { AvailableFrom = Today.AddDays(100) },
            Candidate("related", "Betonarbejder", "Aarhus", "Epoxy-kursus"),
            Candidate("digger", "Maskinfører", "Randers", "Gravemaskine-certifikat"),
        ];
        foreach (var profile in bank) await aarhus.PutProfile(profile);
        await aarhus.WaitUntilIndexed([.. bank.Select(p => p.CandidateId)]);
        await Import(Header,
            Row("T-big", "10150817", "Aarhus", Today.AddDays(60), "struktør|maskinfører"),
            Row("T-small", "12345674", "Aarhus", Today.AddDays(30), "maskinfører", company: "Jord & Kloak ApS"),
            Row("T-later", "10150817", "Aarhus", Today.AddDays(200), "struktør"));
        // The bus applies awards concurrently (on PostgreSQL visibly so): wait for each, not only the last one sent.
        foreach (var tender in new[] { "T-big", "T-small", "T-later" })
            await Consultant.GetWhen($"/api/v1/tenders/{tender}/coverage", r => r.IsSuccessStatusCode);

        var coverage = await (await Consultant.GetAsync("/api/v1/tenders/T-big/coverage")).Read<TenderCoverageView>();
        Assert.Equal([("struktør", 2, 1), ("maskinfører", 1, 0)], coverage.Trades.Select(t => (t.Trade, t.Qualified, t.AfterCourse)));
        Assert.Equal(["Epoxy-kursus"], coverage.Trades[0].Courses);

        var leads = await (await Consultant.GetAsync("/api/v1/outreach?withinDays=90")).Read<List<OutreachLead>>();
        Assert.Equal([("T-big", 3, 1), ("T-small", 1, 0)], leads.Select(l => (l.TenderId, l.Qualified, l.AfterCourse)));
        Assert.Equal("Mette Kjær", leads[0].ContactPerson);
    }

    [Fact]
    public async Task Job_order_for_a_tender_must_come_from_the_company_that_won_it()
    {
        await Import(Header, Row("T-1", "10150817", "Aarhus", Today.AddDays(60), "struktør"));
        await Consultant.GetWhen("/api/v1/tenders/T-1/coverage", r => r.IsSuccessStatusCode);

        var wrongCompany = await Consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail() with { TenderId = "T-1" }, ContractJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, wrongCompany.StatusCode);
        Assert.Contains("did not win tender", await wrongCompany.Content.ReadAsStringAsync());

        var order = Profiles.LightRail() with { TenderId = "T-1", Company = new Company("10150817", "Østjysk Beton A/S", "hr@beton.example") };
        Assert.Equal(HttpStatusCode.Accepted, (await Consultant.PostAsJsonAsync("/api/v1/job-orders", order, ContractJson.Options)).StatusCode);
        var company = await (await Consultant.GetWhen("/api/v1/companies/10150817", r => r.Content.ReadAsStringAsync().Result.Contains("Fire struktører"))).Read<CompanyView>();
        Assert.Equal(("Østjysk Beton A/S", "T-1", "Fire struktører til letbanen"), (company.Name, company.Awards.Single().TenderId, company.JobOrders.Single().Title));
    }

    [Fact]
    public async Task A_company_known_only_from_its_job_orders_is_found_by_cvr()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Consultant.GetAsync("/api/v1/companies/12345674")).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await Consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options)).StatusCode);
        var company = await (await Consultant.GetWhen("/api/v1/companies/DK 12345674", r => r.IsSuccessStatusCode)).Read<CompanyView>();

        Assert.Equal(("12345674", "Aarhus Letbane Byg A/S"), (company.Cvr, company.Name));
        Assert.Empty(company.Awards);
        Assert.Equal("Fire struktører til letbanen", company.JobOrders.Single().Title);
    }

    [Fact]
    public async Task A_job_order_whose_company_cvr_fails_the_check_digit_is_400()
    {
        var order = Profiles.LightRail() with { Company = Profiles.LightRail().Company with { Cvr = "12345678" } };

        var response = await Consultant.PostAsJsonAsync("/api/v1/job-orders", order, ContractJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'12345678' is not a valid CVR number (8 digits with a correct check digit)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Tender_dates_in_the_query_are_read_as_the_csv_writes_them_day_first()
    {
        await Import(Header, Row("T-1", "10150817", "Aarhus", new DateOnly(2027, 2, 10), "struktør"), Row("T-2", "10150817", "Aarhus", new DateOnly(2027, 6, 1), "struktør"));
        await Consultant.GetWhen("/api/v1/tenders", r => r.Content.ReadAsStringAsync().Result.Contains("T-2"));

        Assert.Equal(["T-2"], (await Tenders("?startsAfter=01-05-2027")).Select(t => t.TenderId)); // 1 May, not 5 January
        Assert.Equal(["T-1"], (await Tenders("?startsBefore=01.03.2027")).Select(t => t.TenderId));
        var wrong = await Consultant.GetAsync("/api/v1/tenders?startsAfter=2027-02-31");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("must be a date (yyyy-mm-dd, dd-mm-yyyy or dd.mm.yyyy), not '2027-02-31'", await wrong.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/json", "{\"tenderId\": \"T-1\"}", HttpStatusCode.UnsupportedMediaType, "send it as CSV with the header 'Content-Type: text/csv'")]
    [InlineData("text/csv", "{\"tenderId\": \"T-1\"}", HttpStatusCode.BadRequest, "Not a tender CSV file")]
    [InlineData("text/csv", "", HttpStatusCode.BadRequest, "Not a tender CSV file")]
    public async Task A_tender_import_that_is_not_csv_is_refused_saying_what_to_send(string mediaType, string body, HttpStatusCode status, string says)
    {
        var response = await Consultant.PostAsync("/api/v1/tenders/import", new StringContent(body, Encoding.UTF8, mediaType));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(says, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
