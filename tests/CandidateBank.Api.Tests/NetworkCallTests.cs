using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CandidateBank.Api.Tests;

/// <summary>An order short of candidates at its deadline check calls in the rest of its recruitment network, once.</summary>
public sealed class NetworkCallTests : IDisposable
{
    private readonly ShiftableClock _clock = new();
    private readonly CandidateBankFactory _factory;

    public NetworkCallTests()
    {
        _factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string>
        {
            ["CandidateBank:Promise:CheckSeconds"] = "0.1",
            ["CandidateBank:NetworkContacts:Randers:0"] = "netvaerk@randers.example",
            ["CandidateBank:NetworkContacts:Favrskov:0"] = "netvaerk@favrskov.example",
            ["CandidateBank:NetworkContacts:Aarhus:0"] = "netvaerk@aarhus.example", // the order's own job centre: not called in
            ["CandidateBank:NetworkContacts:Odense:0"] = "netvaerk@odense.example", // another network
        });
        _factory.Clock = _clock;
    }

    [Fact]
    public async Task An_order_short_of_its_target_at_the_deadline_check_emails_the_other_job_centres_of_its_network_once()
    {
        var shortOne = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør("only-one"));
        var enough = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example") with { Wanted = 1 });
        var outbox = Path.Combine(_factory.DataDirectory, "outbox");

        _clock.Advance(TimeSpan.FromHours(22.5));
        await DeliveryFlow.WaitForFile(Path.Combine(outbox, $"at-risk-{shortOne}.eml"));
        _clock.Advance(TimeSpan.FromHours(2));
        await DeliveryFlow.WaitForFile(Path.Combine(outbox, $"overdue-{shortOne}.eml"));
        await DeliveryFlow.WaitForFile(Path.Combine(outbox, $"overdue-{enough}.eml"));

        var call = await MimeMessage.LoadAsync(Path.Combine(outbox, $"network-call-{shortOne}.eml"));
        Assert.Equal(["netvaerk@favrskov.example", "netvaerk@randers.example"], call.To.Mailboxes.Select(m => m.Address).Order());
        Assert.Equal("konsulent@aarhus.example", call.ReplyTo.Mailboxes.Single().Address);
        Assert.Contains("mangler 3 kvalificerede kandidater", call.TextBody);
        Assert.Contains("Epoxy", call.TextBody);
        await using var scope = _factory.Services.CreateAsyncScope();
        var calls = await scope.ServiceProvider.GetRequiredService<CandidateBankDb>().Outbox.Where(e => e.Kind == EmailKind.NetworkCall).Select(e => e.JobOrderId).ToListAsync();
        Assert.Equal([shortOne], calls); // one for the order short of candidates, none for the order that has what it wants
    }

    [Fact]
    public async Task An_order_sent_early_with_fewer_than_its_target_calls_in_its_network_at_the_deadline()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør("the-one"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        await consultant.Send(id);
        await consultant.WaitForStatus(id, "sent");
        var outbox = Path.Combine(_factory.DataDirectory, "outbox");
        var call = Path.Combine(outbox, $"network-call-{id}.eml");
        await Task.Delay(300); // three deadline checks before the deadline
        Assert.False(File.Exists(call));

        _clock.Advance(TimeSpan.FromHours(25));
        await DeliveryFlow.WaitForFile(call);

        Assert.Contains("mangler 3 kvalificerede kandidater", (await MimeMessage.LoadAsync(call)).TextBody);
        await Task.Delay(300);
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CandidateBankDb>().Outbox.CountAsync(e => e.Kind == EmailKind.NetworkCall));
    }

    [Fact]
    public async Task The_job_centre_is_told_when_its_candidates_are_sent_to_a_company_and_no_other_job_centre_is()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"),
            Profiles.Struktør("aarhus-1"), Profiles.Struktør("aarhus-2"), Profiles.Struktør("randers-1", home: "Randers") with { JobCentre = "Randers" });
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);

        await consultant.Send(id, "aarhus-2");
        await consultant.WaitForStatus(id, "sent");

        var outbox = Path.Combine(_factory.DataDirectory, "outbox");
        await DeliveryFlow.WaitForFile(Path.Combine(outbox, $"candidate-sent-{id}-Aarhus.eml"));
        await DeliveryFlow.WaitForFile(Path.Combine(outbox, $"candidate-sent-{id}-Randers.eml"));
        var aarhus = await MimeMessage.LoadAsync(Path.Combine(outbox, $"candidate-sent-{id}-Aarhus.eml"));
        Assert.Equal("netvaerk@aarhus.example", aarhus.To.Mailboxes.Single().Address);
        Assert.Contains("aarhus-1", aarhus.TextBody);
        Assert.DoesNotContain("aarhus-2", aarhus.TextBody); // taken off before sending
        Assert.DoesNotContain("randers-1", aarhus.TextBody);
        Assert.DoesNotContain("Jens Hansen", aarhus.TextBody); // ids, not names
        Assert.Empty(Directory.GetFiles(outbox, $"candidate-sent-{id}-Odense*"));
    }

    [Fact]
    public void A_network_contact_that_is_no_email_address_stops_the_server_naming_the_setting()
    {
        using var factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string> { ["CandidateBank:NetworkContacts:Randers:0"] = "randers jobcenter" });

        var refusal = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("CandidateBank:NetworkContacts: 'randers jobcenter' for Randers is not an email address", refusal.Message);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
