using CandidateBank.Contracts;
using MimeKit;

namespace CandidateBank.Api.Tests;

/// <summary>The embedded default has no SMTP host: each email is written as a .eml file to &lt;data&gt;/outbox/.</summary>
public sealed class EmbeddedOutboxTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    [Fact]
    public async Task Auto_send_order_without_an_smtp_host_is_written_as_eml_to_the_data_outbox()
    {
        var order = DeliveryFlow.OrderFrom("hr@letbanebyg.example") with { AutoSend = true };
        var id = await DeliveryFlow.ShortlistedOrder(_factory, order, Profiles.Struktør("consenting"));
        await _factory.ClientWithKey(CandidateBankFactory.ConsultantKey).WaitForStatus(id, "sent");

        var file = Path.Combine(_factory.DataDirectory, "outbox", $"shortlist-{id}.eml");
        Assert.True(File.Exists(file), $"{file} was not written");
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("hr@letbanebyg.example", Assert.Single(message.To.Mailboxes).Address);
        Assert.Contains("Fire struktører til letbanen", message.TextBody);
    }

    [Fact]
    public async Task Auto_send_order_without_a_qualified_candidate_emails_nobody_and_stays_with_the_consultant()
    {
        var order = DeliveryFlow.OrderFrom("hr@letbanebyg.example") with { AutoSend = true, RequiredCertificates = ["Tårnkrancertifikat"] };
        var id = await DeliveryFlow.ShortlistedOrder(_factory, order, Profiles.Struktør("lacks-the-crane"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var view = System.Text.Json.Nodes.JsonNode.Parse(await (await consultant.GetAsync($"/api/v1/job-orders/{id}")).Content.ReadAsStringAsync())!;
        Assert.Equal("shortlisted", view["status"]!.GetValue<string>());
        Assert.Null(view["delivery"]); // never approved: approval and the shortlist are written in one transaction
        Assert.False(File.Exists(Path.Combine(_factory.DataDirectory, "outbox", $"shortlist-{id}.eml")));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
