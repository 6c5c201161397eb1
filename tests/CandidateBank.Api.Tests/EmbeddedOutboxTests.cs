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

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
