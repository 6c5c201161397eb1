using System.Net;
using System.Net.Http.Json;
using CandidateBank.Contracts;
using MimeKit;

namespace CandidateBank.Api.Tests;

/// <summary>An open order keeps gaining candidates as qualifying profiles arrive; the consultant is told.</summary>
public sealed class RematchingTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    [Fact]
    public async Task A_profile_arriving_after_the_shortlist_was_sent_joins_it_as_new_since_sent_and_the_consultant_is_emailed()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør("first"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        await consultant.Send(id);
        await consultant.WaitForStatus(id, "sent");
        var jobCentre = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);

        await jobCentre.PutProfile(Profiles.Struktør("unqualified") with { Certificates = [] });
        await jobCentre.PutProfile(Profiles.Struktør("late"));
        await jobCentre.WaitUntilIndexed("unqualified", "late");
        var shortlist = await (await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist",
            r => r.Content.ReadAsStringAsync().Result.Contains("\"late\""))).Read<Shortlist>();

        Assert.Equal(["first", "late"], shortlist.Candidates.Select(c => c.CandidateId).Order());
        Assert.Equal(["late"], shortlist.NewSinceSent);
        Assert.Equal("sent", (await consultant.WaitForStatus(id, "sent")).Status);
        var outbox = Path.Combine(_factory.DataDirectory, "outbox");
        string[] told = [];
        for (var waited = 0; waited < 100 && told.Length == 0; waited++, await Task.Delay(100))
            told = Directory.GetFiles(outbox, $"new-candidates-{id}-*.eml");
        var message = await MimeMessage.LoadAsync(Assert.Single(told));
        Assert.Equal(("konsulent@aarhus.example", "Nye kandidater: Fire struktører til letbanen"), (message.To.Mailboxes.Single().Address, message.Subject));
        Assert.Contains("1 ny kandidat", message.TextBody);
    }

    [Fact]
    public async Task An_order_with_no_qualified_candidate_gains_one_when_it_arrives()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);

        await _factory.ClientWithKey(CandidateBankFactory.AarhusKey).PutProfile(Profiles.Struktør("arrives"));
        var shortlist = await (await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist",
            r => r.Content.ReadAsStringAsync().Result.Contains("\"arrives\""))).Read<Shortlist>();

        Assert.Equal("arrives", Assert.Single(shortlist.Candidates).CandidateId);
        Assert.Equal(1, shortlist.QualifiedCount);
        Assert.Empty(shortlist.NewSinceSent); // nothing was sent yet
        Assert.Equal(HttpStatusCode.Accepted, (await consultant.PostAsJsonAsync($"/api/v1/job-orders/{id}/shortlist/send", new { })).StatusCode);
    }

    [Fact]
    public async Task A_newer_version_that_no_longer_qualifies_leaves_the_open_orders_shortlist()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør("keeps"), Profiles.Struktør("loses-course"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);

        await _factory.ClientWithKey(CandidateBankFactory.AarhusKey).PutProfile(Profiles.Struktør("loses-course") with { Version = 2, Certificates = [] });
        var shortlist = await (await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist",
            r => System.Text.Json.JsonSerializer.Deserialize<Shortlist>(r.Content.ReadAsStringAsync().Result, ContractJson.Options)!.Candidates.All(c => c.CandidateId != "loses-course"))).Read<Shortlist>();

        Assert.Equal(["keeps"], shortlist.Candidates.Select(c => c.CandidateId));
        Assert.Contains(shortlist.NearMisses, n => n.CandidateId == "loses-course"); // one course away now
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
