using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CandidateBank.Api.Metrics;
using MimeKit;

namespace CandidateBank.Api.Tests;

/// <summary>The company rates a shortlist through the single-use link in its email; the rating reaches the turnaround metrics.</summary>
public sealed class FeedbackTests
{
    private static readonly Dictionary<string, string> Settings = new() { ["CandidateBank:PublicBaseUrl"] = "https://candidatebank.example" };

    /// <summary>An order with one candidate, approved and emailed; the email and the rating token in its link.</summary>
    private static async Task<(HttpClient Consultant, MimeMessage Message, string Token)> SentShortlist(CandidateBankFactory factory, string candidateId)
    {
        var id = await DeliveryFlow.ShortlistedOrder(factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør(candidateId));
        var consultant = factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        await consultant.Send(id);
        await consultant.WaitForStatus(id, "sent");
        var message = await MimeMessage.LoadAsync(Path.Combine(factory.DataDirectory, "outbox", $"shortlist-{id}.eml"));
        return (consultant, message, Regex.Match(message.TextBody ?? "", @"https://candidatebank\.example/feedback/([A-Za-z0-9_-]+)").Groups[1].Value);
    }

    [Theory]
    [InlineData("Ring til 010190\u20101234", "CPR-nummer")]   // a CPR number with a U+2010 hyphen
    [InlineData("God\u001b[31m kandidat", "kontroltegn")]
    public async Task A_comment_with_a_cpr_number_or_control_characters_is_refused_in_danish_and_the_link_stays_unused(string comment, string danishReason)
    {
        var factory = CandidateBankFactory.WithFreshData(Settings);
        try
        {
            var (_, _, token) = await SentShortlist(factory, "consenting");
            var company = factory.CreateClient();
            company.DefaultRequestHeaders.Add("Accept-Language", "da");

            var refused = await company.PostAsJsonAsync($"/api/v1/feedback/{token}", new { rating = 4, comment = System.Text.RegularExpressions.Regex.Unescape(comment) });

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.Content.ReadAsStringAsync();
            Assert.Contains("\"comment\"", problem);
            Assert.Contains(danishReason, problem);
            Assert.Equal(HttpStatusCode.OK, (await company.PostAsJsonAsync($"/api/v1/feedback/{token}", new { rating = 4 })).StatusCode);
        }
        finally { factory.Dispose(); factory.DeleteData(); }
    }

    [Fact]
    public async Task Company_rates_the_shortlist_once_through_the_emailed_link_and_metrics_report_it()
    {
        var factory = CandidateBankFactory.WithFreshData(Settings);
        try
        {
            var (consultant, message, token) = await SentShortlist(factory, "consenting");
            Assert.NotEmpty(token);
            Assert.Contains($"https://candidatebank.example/feedback/{token}", message.HtmlBody);

            var company = factory.CreateClient();
            var page = await company.GetAsync($"/feedback/{token}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<form", await page.Content.ReadAsStringAsync());
            var outOfRange = await company.PostAsJsonAsync($"/api/v1/feedback/{token}", new { rating = 6 });
            Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
            Assert.Contains("rating", await outOfRange.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await company.PostAsJsonAsync($"/api/v1/feedback/{token}", new { rating = 4, comment = "Gode kandidater" })).StatusCode);
            var reused = await company.PostAsJsonAsync($"/api/v1/feedback/{token}", new { rating = 5 });
            var usedPage = await company.GetAsync($"/feedback/{token}");
            Assert.Equal(HttpStatusCode.Gone, usedPage.StatusCode);
            Assert.Contains("allerede modtaget", await usedPage.Content.ReadAsStringAsync());
            var unknownPage = await company.GetAsync("/feedback/no-such-token-issued");
            Assert.Equal(HttpStatusCode.NotFound, unknownPage.StatusCode);
            Assert.DoesNotContain("<form", await unknownPage.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
            Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.NotFound, (await company.PostAsJsonAsync("/api/v1/feedback/not-a-token", new { rating = 3 })).StatusCode);

            var report = await (await consultant.GetAsync("/api/v1/metrics/turnaround")).Read<TurnaroundReport>();
            var aarhus = Assert.Single(report.JobCentres, g => g.Name == "Aarhus");
            Assert.Equal((1, 1, 4.0, 1.0), (aarhus.Orders, aarhus.Sent, aarhus.AverageRating!.Value, aarhus.ShareWithinDeadline!.Value));
            Assert.NotNull(aarhus.MedianHours);
            Assert.Equal(1, Assert.Single(report.Networks, g => g.Name == "Bygge & Anlæg Østjylland").Sent);
        }
        finally { factory.Dispose(); factory.DeleteData(); }
    }

    [Fact]
    public async Task A_feedback_link_used_by_eight_requests_at_once_is_accepted_exactly_once_and_its_page_runs_only_its_own_script()
    {
        var factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string>(Settings) { ["CandidateBank:Feedback:PermitsPerMinute"] = "100" });
        try
        {
            var (_, _, token) = await SentShortlist(factory, "concurrent");
            var company = factory.CreateClient();

            var page = await company.GetAsync($"/feedback/{token}");
            var policy = page.Headers.GetValues("Content-Security-Policy").Single();
            var nonce = Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
            Assert.Contains($"<script nonce=\"{nonce}\">", await page.Content.ReadAsStringAsync());
            Assert.Contains("frame-ancestors 'none'", policy);
            Assert.Equal(("nosniff", "DENY", "no-referrer"), (page.Headers.GetValues("X-Content-Type-Options").Single(),
                page.Headers.GetValues("X-Frame-Options").Single(), page.Headers.GetValues("Referrer-Policy").Single()));

            var answers = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => company.PostAsJsonAsync($"/api/v1/feedback/{token}", new { rating = 1 + i % 5 })));

            Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
            Assert.Equal(7, answers.Count(a => a.StatusCode == HttpStatusCode.Gone));
        }
        finally { factory.Dispose(); factory.DeleteData(); }
    }

    [Fact]
    public async Task The_company_says_on_the_rating_page_whom_it_hired_and_the_hire_is_recorded_as_its_word()
    {
        var factory = CandidateBankFactory.WithFreshData(Settings);
        try
        {
            var (consultant, _, token) = await SentShortlist(factory, "hire-me");
            var order = (await (await consultant.GetAsync("/api/v1/job-orders?status=sent")).Read<List<CandidateBank.Api.JobOrders.JobOrderSummary>>()).Single().Id;
            var reference = (await (await consultant.GetAsync($"/api/v1/job-orders/{order}/outcomes")).Read<List<CandidateBank.Api.JobOrders.CandidateOutcomeView>>()).Single().Reference;
            var company = factory.CreateClient();

            Assert.Contains($"value=\"{reference}\"", await (await company.GetAsync($"/feedback/{token}")).Content.ReadAsStringAsync());
            var wrong = await company.PostAsJsonAsync($"/api/v1/feedback/{token}", new { rating = 5, hired = new[] { "K-000000" } });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode); // refused before the link is used up
            var rated = await company.PostAsJsonAsync($"/api/v1/feedback/{token}", new { rating = 5, hired = new[] { reference } });

            Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
            Assert.Equal(1, (await rated.Read<CandidateBank.Api.Feedback.FeedbackAccepted>()).HiresRecorded);
            var outcome = (await (await consultant.GetAsync($"/api/v1/job-orders/{order}/outcomes")).Read<List<CandidateBank.Api.JobOrders.CandidateOutcomeView>>()).Single();
            Assert.Equal(("hired", "virksomheden"), (outcome.Outcome, outcome.History.Single().By));
        }
        finally { factory.Dispose(); factory.DeleteData(); }
    }

    [Fact]
    public async Task Behind_a_load_balancer_on_loopback_the_feedback_limit_counts_each_forwarded_client_address_on_its_own()
    {
        var factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string> { ["CandidateBank:Feedback:PermitsPerMinute"] = "2" });
        try
        {
            var port = ServerProcess.FreePort();
            factory.UseKestrel(port);
            factory.StartServer();
            using var balancer = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            async Task<HttpStatusCode> Rate(string client)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feedback/guess") { Content = JsonContent.Create(new { rating = 3 }) };
                request.Headers.Add("X-Forwarded-For", client);
                return (await balancer.SendAsync(request)).StatusCode;
            }

            var first = new[] { await Rate("203.0.113.7"), await Rate("203.0.113.7"), await Rate("203.0.113.7") };
            var second = await Rate("198.51.100.20");

            Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], first);
            Assert.Equal(HttpStatusCode.NotFound, second);
        }
        finally { factory.Dispose(); factory.DeleteData(); }
    }

    [Fact]
    public async Task Feedback_calls_beyond_the_rate_limit_are_429_problem_details()
    {
        var factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string> { ["CandidateBank:Feedback:PermitsPerMinute"] = "2" });
        try
        {
            var company = factory.CreateClient();
            var answers = new List<HttpResponseMessage>();
            for (var i = 0; i < 3; i++) answers.Add(await company.PostAsJsonAsync("/api/v1/feedback/guess", new { rating = 3 }));

            Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
            Assert.Equal("application/problem+json", answers[2].Content.Headers.ContentType?.MediaType);
        }
        finally { factory.Dispose(); factory.DeleteData(); }
    }
}
