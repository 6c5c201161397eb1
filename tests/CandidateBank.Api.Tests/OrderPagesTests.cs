using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CandidateBank.Api.Tests;

/// <summary>The consultant's order pages as a browser fetches them: refusals in the API's words (Danish, which the app asks for) with the API's status, and what each view costs in SQL.</summary>
public sealed class OrderPagesTests : IClassFixture<OrderPagesTests.Server>
{
    public sealed class Server : IDisposable
    {
        public CandidateBankFactory Factory { get; } = CandidateBankFactory.WithFreshData();
        public void Dispose() { Factory.Dispose(); Factory.DeleteData(); }
    }

    private readonly CandidateBankFactory _factory;

    public OrderPagesTests(Server server) => _factory = server.Factory;

    [Theory]
    [InlineData("sort=bogus", "'bogus' is not an order of the list")]
    [InlineData("status=bogus", "'bogus' is not a job order status")]
    [InlineData("status=open&sort=newest&after=no-such-order", "'no-such-order' is not a job order you may read")]
    public async Task An_unknown_filter_or_order_of_the_list_is_refused_with_400_and_the_APIs_words(string query, string refusal)
    {
        var browser = await _factory.SignedIn(CandidateBankFactory.ConsultantKey);

        var response = await browser.GetAsync($"/app/orders?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Listen kan ikke vises: {refusal}", await response.Text());
    }

    [Fact]
    public async Task The_orders_list_answers_each_order_its_sort_choice_offers()
    {
        await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"));
        var browser = await _factory.SignedIn(CandidateBankFactory.ConsultantKey);

        foreach (var (query, caption) in new[] { ("sort=newest", "Nyeste først"), ("sort=deadline", "Tidligste frist først"), ("sort=", "Tidligste frist først"),
                     ("status=&sort=newest", "Nyeste først") })
        {
            var response = await browser.GetAsync($"/app/orders?{query}");

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/app/orders?{query} answered {(int)response.StatusCode}");
            Assert.Contains($"<caption>{caption}</caption>", await response.Text());
        }
    }

    [Fact]
    public async Task Counts_that_are_not_numbers_are_named_beside_their_fields_and_the_other_entries_are_kept()
    {
        var browser = await _factory.SignedIn(CandidateBankFactory.ConsultantKey);

        var response = await browser.PostForm("/app/orders/new", new Dictionary<string, string>
        {
            ["title"] = "To tømrere", ["occupation"] = "Tømrer", ["workMunicipality"] = "Aarhus", ["startDate"] = "2027-03-01", ["positions"] = "2",
            ["wanted"] = "fem", ["shortlistSize"] = "ti", ["preferredSkills"] = "armering", ["requiredLanguages"] = "dansk", ["employmentType"] = "temporary",
            ["seniorFriendly"] = "true", ["autoSend"] = "true", ["tenderId"] = "UDB-2026-1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Text();
        foreach (var (field, value) in new[] { ("wanted", "fem"), ("shortlistSize", "ti") })
        {
            Assert.Contains($"<p id=\"{field}-fejl\" class=\"field-error\">Skriv et helt tal, eller lad feltet stå tomt.</p>", page);
            Assert.Matches($"<input id=\"{field}\" name=\"{field}\" type=\"number\" value=\"{value}\"[^>]*aria-describedby=\"{field}-hjaelp {field}-fejl\" aria-invalid=\"true\"", page);
        }
        Assert.Contains("value=\"armering\"", page);
        Assert.Contains("value=\"dansk\"", page);
        Assert.Contains("<option value=\"temporary\" selected=\"selected\">", page);
        Assert.Matches("id=\"seniorFriendly\"[^>]* checked=\"checked\"", page);
        Assert.Matches("id=\"autoSend\"[^>]* checked=\"checked\"[^>]* aria-describedby=\"autoSend-hjaelp\"", page);
        Assert.Matches("<input id=\"tenderId\" name=\"tenderId\" type=\"text\" value=\"UDB-2026-1\" list=\"udbud\"[^>]*aria-describedby=\"tenderId-hjaelp\" aria-invalid=\"false\"", page);
    }

    /// <summary>An order the API takes, as the form posts it.</summary>
    private static Dictionary<string, string> GoodForm() => new()
    {
        ["title"] = "To tømrere", ["occupation"] = "Tømrer", ["workMunicipality"] = "Aarhus", ["startDate"] = "2027-03-01", ["positions"] = "2",
        ["employmentType"] = "ordinary", ["company.name"] = "Østjysk Beton A/S", ["company.cvr"] = "10150817", ["company.contactEmail"] = "hr@beton.example",
        ["consultantEmail"] = "konsulent@aarhus.example",
    };

    /// <summary>The form page the API's refusal of <paramref name="form"/> gives back, which words no refusal in English.</summary>
    private async Task<string> RefusedInDanish(Dictionary<string, string> form)
    {
        var browser = await _factory.SignedIn(CandidateBankFactory.ConsultantKey);
        var response = await browser.PostForm("/app/orders/new", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Text();
        foreach (var english in new[] { "must ", "is not", "is required", "characters", "has been recorded", "did not win" })
            Assert.DoesNotContain(english, page);
        return page;
    }

    [Fact]
    public async Task A_bad_cvr_and_a_too_long_title_are_refused_in_Danish_beside_their_fields_and_not_in_English()
    {
        var form = GoodForm();
        form["title"] = new string('x', 301);
        form["company.cvr"] = "12345678";

        var page = await RefusedInDanish(form);

        Assert.Contains("<p id=\"title-fejl\" class=\"field-error\">må højst være 300 tegn.</p>", page);
        Assert.Contains("<p id=\"company-cvr-fejl\" class=\"field-error\">'12345678' er ikke et gyldigt CVR-nummer (8 cifre med korrekt kontrolciffer).</p>", page);
        Assert.Matches("<input id=\"company-cvr\" name=\"company.cvr\"[^>]*aria-describedby=\"company-cvr-hjaelp company-cvr-fejl\" aria-invalid=\"true\"", page);
    }

    [Fact]
    public async Task An_unknown_tender_is_refused_in_Danish_beside_the_tender_field()
    {
        var form = GoodForm();
        form["tenderId"] = "UDB-findes-ikke";

        var page = await RefusedInDanish(form);

        Assert.Contains("<p id=\"tenderId-fejl\" class=\"field-error\">udbuddet 'UDB-findes-ikke' er ikke registreret.</p>", page);
        Assert.Matches("<input id=\"tenderId\" name=\"tenderId\"[^>]*aria-describedby=\"tenderId-hjaelp tenderId-fejl\" aria-invalid=\"true\"", page);
    }

    /// <summary>Records the tender Østjysk Beton A/S (CVR 10150817, <see cref="GoodForm"/>'s company) has won; recording it again changes nothing.</summary>
    private async Task<string> WonTender()
    {
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var award = new TenderAwarded
        {
            TenderId = "UDB-web-1", Project = "Letbane etape 2", Buyer = "Aarhus Kommune", Cvr = "10150817", CompanyName = "Østjysk Beton A/S",
            WorkMunicipality = "Aarhus", AwardedOn = today.AddDays(-20), StartDate = today.AddDays(60), Trades = ["tømrer"], Source = "udbud.dk",
        };
        Assert.Equal(HttpStatusCode.Accepted, (await consultant.PostAsJsonAsync("/api/v1/tenders", award, ContractJson.Options)).StatusCode);
        await consultant.GetWhen($"/api/v1/tenders/{award.TenderId}/coverage", r => r.IsSuccessStatusCode);
        return award.TenderId;
    }

    [Fact]
    public async Task A_tender_another_company_won_is_refused_in_Danish_beside_the_cvr()
    {
        var form = GoodForm();
        form["tenderId"] = await WonTender();
        form["company.cvr"] = "12345674";

        var page = await RefusedInDanish(form);

        Assert.Contains("<p id=\"company-cvr-fejl\" class=\"field-error\">'12345674' vandt ikke udbuddet 'UDB-web-1' (det gjorde CVR 10150817).</p>", page);
    }

    [Fact]
    public async Task Auto_send_shortlist_size_and_a_suggested_tender_from_the_form_reach_the_stored_order()
    {
        var tenderId = await WonTender();
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var browser = await _factory.SignedIn(CandidateBankFactory.ConsultantKey);
        Assert.Contains("<option value=\"UDB-web-1\">Letbane etape 2 – Østjysk Beton A/S (CVR 10150817)", await (await browser.GetAsync("/app/orders/new")).Text());
        var form = GoodForm();
        form["tenderId"] = tenderId;
        form["shortlistSize"] = "7";
        form["autoSend"] = "true";

        var response = await browser.PostForm("/app/orders/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = response.Headers.Location!.OriginalString.Split('/').Last().Split('?')[0];
        var stored = await (await consultant.GetWhen($"/api/v1/job-orders/{id}", r => r.IsSuccessStatusCode)).Read<JobOrderView>();
        Assert.Equal(("UDB-web-1", 7, true), (stored.Order.TenderId, stored.Order.ShortlistSize, stored.Order.AutoSend));
    }

    [Fact]
    public async Task An_order_not_stored_yet_after_the_forms_redirect_is_shown_as_being_processed_not_as_missing()
    {
        var browser = await _factory.SignedIn(CandidateBankFactory.ConsultantKey);

        var justSubmitted = await browser.GetAsync("/app/orders/0123456789abcdef0123456789abcdef?modtaget=true");
        var missing = await browser.GetAsync("/app/orders/0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.OK, justSubmitted.StatusCode);
        Assert.Contains("Jobordren er modtaget", await justSubmitted.Text());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Jobordren findes ikke", await missing.Text());
    }

    [Fact]
    public async Task The_order_page_looks_the_order_up_once()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør("pages-once"));
        // The request runs in this test's execution context, so its queries can be told from background services' (re-matching
        // after the candidates arrived reads the same order, at a moment of its own).
        _factory.Server.PreserveExecutionContext = true;
        var browser = await _factory.SignedIn(CandidateBankFactory.ConsultantKey);
        using var lookups = new OrderLookups(id);

        OrderLookups.Counting.Value = true;
        var response = await browser.GetAsync($"/app/orders/{id}");
        OrderLookups.Counting.Value = false;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("pages-once", await response.Text());
        Assert.Equal(1, lookups.Count);
    }

    /// <summary>
    /// Counts the SQL reads of one job order from EF Core's diagnostics: the process-wide listener sees every test's queries,
    /// so only those carrying this order's id, made while <see cref="Counting"/> is set, count.
    /// </summary>
    private sealed class OrderLookups : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _id;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        /// <summary>Set around the request whose reads count.</summary>
        public static readonly AsyncLocal<bool> Counting = new();

        public OrderLookups(string id)
        {
            _id = id;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> diagnostic)
        {
            if (Counting.Value && diagnostic.Key == RelationalEventId.CommandExecuted.Name && diagnostic.Value is CommandExecutedEventData { Command: var command }
                && command.CommandText.Contains("FROM \"JobOrders\"", StringComparison.Ordinal)
                && command.Parameters.Cast<System.Data.Common.DbParameter>().Any(p => Equals(p.Value, _id)))
                Interlocked.Increment(ref _count);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }

        public void Dispose()
        {
            lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
