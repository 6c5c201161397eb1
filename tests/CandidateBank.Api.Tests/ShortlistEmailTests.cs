using System.Net;
using System.Text.RegularExpressions;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CandidateBank.Api.Tests;

/// <summary>Shortlist emails through a real SMTP server (tests/smtp/catcher.py), read back with MimeKit.</summary>
public sealed class ShortlistEmailTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(SmtpCatcher.ServerSettings());

    private static CandidateProfile WithoutConsent(string id) => Profiles.Struktør(id) with
    {
        Headline = "Struktør med speciale i forskalling",
        Consent = new Consent(ShareWithEmployers: false, ShareAcrossNetworks: true),
        Contact = new Contact("Hemmelig Hansen", "hemmelig@example.dk", "+45 99 88 77 66"),
    };

    [Fact]
    public async Task Approved_shortlist_is_emailed_once_in_Danish_to_the_company_with_reply_to_the_consultant()
    {
        var company = SmtpCatcher.UniqueAddress();
        var order = DeliveryFlow.OrderFrom(company) with { Title = "Struktører <script>alert(1)</script> til letbanen" };
        var id = await DeliveryFlow.ShortlistedOrder(_factory, order, Profiles.Struktør("consenting"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);

        Assert.Equal(HttpStatusCode.Accepted, (await consultant.PostAsync($"/api/v1/job-orders/{id}/shortlist/send", null)).StatusCode);
        var again = await consultant.Send(id);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var view = await consultant.WaitForStatus(id, "sent");

        var message = Assert.Single(SmtpCatcher.MessagesTo(company));
        Assert.Equal("konsulent@aarhus.example", Assert.Single(message.ReplyTo.Mailboxes).Address);
        Assert.Equal($"shortlist-{id}@candidatebank.example", message.MessageId);
        Assert.NotNull(message.TextBody);
        Assert.NotNull(message.HtmlBody);
        Assert.DoesNotContain("<script>", message.HtmlBody);
        Assert.Contains("&lt;script&gt;", message.HtmlBody);
        foreach (var body in new[] { message.TextBody, WebUtility.HtmlDecode(message.HtmlBody) })
        {
            Assert.Contains("Struktører <script>alert(1)</script> til letbanen", body);
            Assert.Contains("Erfaren struktør med betonarbejde og forskalling", body);
            Assert.Contains("Struktør (6 år)", body);
            Assert.Contains("Epoxy-kursus", body);
            Assert.Contains("1. februar 2027", body);
            Assert.Contains("Jens Hansen", body);
            Assert.Contains("jens@example.dk", body);
            Assert.Contains("+45 11 22 33 44", body);
            Assert.Contains("konsulent@aarhus.example", body);
            Assert.Contains("Jobcenter Aarhus", body);
        }
        Assert.Equal("sent", view.Delivery?.Status);
        Assert.NotNull(view.Delivery?.SentAt);
    }

    [Fact]
    public async Task Candidate_erased_while_the_approved_email_waits_in_the_outbox_is_not_in_the_email_that_goes_out()
    {
        // The mailbox answers 451 seven times, so the approved email waits in the outbox for seconds.
        var company = SmtpCatcher.UniqueAddress("transient-7");
        var erased = Profiles.Struktør("erased-while-queued") with { Contact = new Contact("Slettet Sørensen", "slettet@example.dk", "+45 55 44 33 22") };
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom(company), Profiles.Struktør("stays-queued"), erased);
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        Assert.Equal(HttpStatusCode.Accepted, (await consultant.Send(id)).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.DeleteAsync($"/api/v1/candidates/{erased.CandidateId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aarhus.GetWhen($"/api/v1/candidates/{erased.CandidateId}", r => r.StatusCode == HttpStatusCode.NotFound)).StatusCode);
        var view = await consultant.WaitForStatus(id, "sent", timeoutMs: 60_000);

        var message = Assert.Single(SmtpCatcher.MessagesTo(company));
        foreach (var body in new[] { message.TextBody, WebUtility.HtmlDecode(message.HtmlBody) })
        {
            Assert.DoesNotContain("Slettet Sørensen", body);
            Assert.DoesNotContain("slettet@example.dk", body);
            Assert.Contains("Jens Hansen", body);
        }
        Assert.Equal(["stays-queued"], view.Delivery!.Candidates.Select(c => c.CandidateId));
    }

    [Fact]
    public async Task Consent_withdrawn_while_the_approved_email_waits_in_the_outbox_keeps_the_contact_details_out_of_it()
    {
        var company = SmtpCatcher.UniqueAddress("transient-7");
        var withdrawing = Profiles.Struktør("withdraws-consent") with { Contact = new Contact("Trukket Tilbage", "trukket@example.dk", "+45 55 44 33 11") };
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom(company), withdrawing);
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        Assert.Equal(HttpStatusCode.Accepted, (await consultant.Send(id)).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await aarhus.PutProfile(withdrawing with { Version = 2, Consent = new Consent(ShareWithEmployers: false, ShareAcrossNetworks: true) })).StatusCode);
        await aarhus.GetWhen($"/api/v1/candidates/{withdrawing.CandidateId}", r => r.Content.ReadAsStringAsync().Result.Contains("\"version\":2"));
        var view = await consultant.WaitForStatus(id, "sent", timeoutMs: 60_000);

        var message = Assert.Single(SmtpCatcher.MessagesTo(company));
        foreach (var body in new[] { message.TextBody, WebUtility.HtmlDecode(message.HtmlBody) })
        {
            Assert.DoesNotContain("Trukket Tilbage", body);
            Assert.DoesNotContain("trukket@example.dk", body);
        }
        Assert.False(Assert.Single(view.Delivery!.Candidates).ContactShared);
    }

    [Fact]
    public async Task Consent_withdrawn_while_the_mail_server_refuses_recomposes_the_stored_email_at_once_not_at_its_next_attempt()
    {
        // The next attempt is ten minutes away: the old email must not lie in the store, with the contact details, until then.
        var settings = SmtpCatcher.ServerSettings();
        settings["CandidateBank:Email:RetryBaseSeconds"] = "600";
        var factory = CandidateBankFactory.WithFreshData(settings);
        try
        {
            var company = SmtpCatcher.UniqueAddress("transient-5");
            var withdrawing = Profiles.Struktør("withdraws-while-refused") with { Contact = new Contact("Vente Vognsen", "vente@example.dk", "+45 55 44 33 00") };
            var id = await DeliveryFlow.ShortlistedOrder(factory, DeliveryFlow.OrderFrom(company), withdrawing);
            var consultant = factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
            Assert.Equal(HttpStatusCode.Accepted, (await consultant.Send(id)).StatusCode);
            await consultant.WaitForOrder(id, view => view.Delivery?.Attempts == 1, "one refused attempt");
            Assert.Contains("Vente Vognsen", await StoredShortlistEmail(factory, id));

            var aarhus = factory.ClientWithKey(CandidateBankFactory.AarhusKey);
            Assert.Equal(HttpStatusCode.Accepted, (await aarhus.PutProfile(withdrawing with { Version = 2, Consent = new Consent(ShareWithEmployers: false, ShareAcrossNetworks: true) })).StatusCode);
            var view = await consultant.WaitForOrder(id, view => view.Delivery?.Candidates.Single().ContactShared == false, "the contact withdrawn from the queued email", timeoutMs: 30_000);

            var stored = await StoredShortlistEmail(factory, id);
            Assert.DoesNotContain("Vente Vognsen", stored);
            Assert.DoesNotContain("vente@example.dk", stored);
            Assert.Contains("withdraws-while-refused", view.Delivery!.Candidates.Single().CandidateId);
            Assert.Equal("pending", view.Delivery.Status);
            Assert.Equal(1, view.Delivery.Attempts);
        }
        finally { factory.Dispose(); factory.DeleteData(); }
    }

    private static async Task<string> StoredShortlistEmail(CandidateBankFactory factory, string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var email = await scope.ServiceProvider.GetRequiredService<CandidateBankDb>().Outbox.SingleAsync(e => e.JobOrderId == id && e.Kind == EmailKind.Shortlist);
        var message = await MimeMessage.LoadAsync(new MemoryStream(email.Mime));
        return message.TextBody + WebUtility.HtmlDecode(message.HtmlBody);
    }

    [Fact]
    public async Task Candidate_without_consent_appears_only_as_an_anonymised_reference()
    {
        var company = SmtpCatcher.UniqueAddress();
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom(company), Profiles.Struktør("consenting"), WithoutConsent("secret-1"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        Assert.Equal(HttpStatusCode.Accepted, (await consultant.Send(id)).StatusCode);
        var view = await consultant.WaitForStatus(id, "sent");

        var message = await SmtpCatcher.WaitForMessageTo(company);
        var secret = Assert.Single(view.Delivery!.Candidates, c => c.CandidateId == "secret-1");
        Assert.False(secret.ContactShared);
        Assert.Matches("^K-[0-9A-F]{6}$", secret.Reference);
        var everything = string.Join("\n", message.Headers.Select(h => h.ToString())) + message.TextBody + WebUtility.HtmlDecode(message.HtmlBody);
        foreach (var personal in new[] { "Hemmelig", "hemmelig@example.dk", "99 88 77 66", "secret-1" })
            Assert.DoesNotContain(personal, everything);
        Assert.Matches(new Regex($@"Kandidat \d \(ref\. {secret.Reference}\)"), message.TextBody);
        Assert.Contains("Struktør med speciale i forskalling", message.TextBody);
    }

    [Fact]
    public async Task Mailbox_rejected_with_550_marks_the_order_delivery_failed_with_the_reason()
    {
        var company = SmtpCatcher.UniqueAddress("reject");
        var view = await SendAndWait(company, "delivery-failed");
        Assert.Equal("delivery-failed", view.Delivery?.Status);
        Assert.Contains("550", view.Delivery?.Reason);
        Assert.Equal(1, view.Delivery?.Attempts);
        Assert.Empty(SmtpCatcher.MessagesTo(company));
    }

    [Fact]
    public async Task Shortlist_is_delivered_after_two_transient_451_answers()
    {
        var company = SmtpCatcher.UniqueAddress("transient-2");
        var view = await SendAndWait(company, "sent");
        Assert.Equal(3, view.Delivery?.Attempts);
        Assert.Single(SmtpCatcher.MessagesTo(company));
    }

    [Fact]
    public async Task Removing_a_candidate_not_on_the_shortlist_is_400_naming_it()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom(SmtpCatcher.UniqueAddress()), Profiles.Struktør("consenting"));
        var response = await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).Send(id, "nobody");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nobody", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Orders for <paramref name="company"/>, approves the shortlist and waits for the order to reach <paramref name="status"/>.</summary>
    private async Task<JobOrderView> SendAndWait(string company, string status)
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom(company), Profiles.Struktør("consenting"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        Assert.Equal(HttpStatusCode.Accepted, (await consultant.Send(id)).StatusCode);
        return await consultant.WaitForStatus(id, status);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
