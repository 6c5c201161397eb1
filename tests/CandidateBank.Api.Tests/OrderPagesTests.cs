using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CandidateBank.Api.Tests;

/// <summary>The consultant's order pages as a browser fetches them: refusals in the API's words with the API's status, and what each view costs in SQL.</summary>
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
    public async Task A_wanted_count_that_is_not_a_number_is_named_beside_its_field_and_the_other_entries_are_kept()
    {
        var browser = await _factory.SignedIn(CandidateBankFactory.ConsultantKey);

        var response = await browser.PostForm("/app/orders/new", new Dictionary<string, string>
        {
            ["title"] = "To tømrere", ["occupation"] = "Tømrer", ["workMunicipality"] = "Aarhus", ["startDate"] = "2027-03-01", ["positions"] = "2",
            ["wanted"] = "fem", ["preferredSkills"] = "armering", ["requiredLanguages"] = "dansk", ["employmentType"] = "temporary", ["seniorFriendly"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Text();
        Assert.Contains("<p id=\"wanted-fejl\" class=\"field-error\">Skriv et helt tal, eller lad feltet stå tomt.</p>", page);
        Assert.Matches("<input id=\"wanted\" name=\"wanted\" type=\"number\" value=\"fem\"[^>]*aria-describedby=\"wanted-hjaelp wanted-fejl\" aria-invalid=\"true\"", page);
        Assert.Contains("value=\"armering\"", page);
        Assert.Contains("value=\"dansk\"", page);
        Assert.Contains("<option value=\"temporary\" selected=\"selected\">", page);
        Assert.Matches("id=\"seniorFriendly\"[^>]* checked=\"checked\"", page);
    }

    [Fact]
    public async Task The_order_page_looks_the_order_up_once()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør("pages-once"));
        var browser = await _factory.SignedIn(CandidateBankFactory.ConsultantKey);
        using var lookups = new OrderLookups(id);

        var response = await browser.GetAsync($"/app/orders/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("pages-once", await response.Text());
        Assert.Equal(1, lookups.Count);
    }

    /// <summary>
    /// Counts the SQL reads of one job order from EF Core's diagnostics: the process-wide listener sees every test's queries,
    /// so only those carrying this order's id count.
    /// </summary>
    private sealed class OrderLookups : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _id;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

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
            if (diagnostic.Key == RelationalEventId.CommandExecuted.Name && diagnostic.Value is CommandExecutedEventData { Command: var command }
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
