using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CandidateBank.Api.JobOrders;
using CandidateBank.Api.Metrics;
using CandidateBank.Contracts;
using MimeKit;

namespace CandidateBank.Api.Tests;

/// <summary>An open order sent once can be sent again: each later email names only the candidates new since the last.</summary>
public sealed class LaterSendTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(new Dictionary<string, string> { ["CandidateBank:PublicBaseUrl"] = "https://candidatebank.example" });

    private async Task<(HttpClient Consultant, string Id)> SentWithLateArrival()
    {
        var id = await DeliveryFlow.ShortlistedOrder(_factory, DeliveryFlow.OrderFrom("hr@letbanebyg.example"), Profiles.Struktør("first"), Profiles.Struktør("taken-off"));
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        Assert.Equal(HttpStatusCode.Accepted, (await consultant.Send(id, "taken-off")).StatusCode);
        await consultant.WaitForStatus(id, "sent");
        var jobCentre = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await jobCentre.PutProfile(Profiles.Struktør("late"));
        await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.Content.ReadAsStringAsync().Result.Contains("\"newSinceSent\":[\"late\"]"));
        return (consultant, id);
    }

    [Fact]
    public async Task A_second_send_emails_only_the_candidates_new_since_the_first_and_a_third_with_nothing_new_is_refused()
    {
        var (consultant, id) = await SentWithLateArrival();
        var shortlist = await (await consultant.GetAsync($"/api/v1/job-orders/{id}/shortlist")).Read<Shortlist>();
        Assert.Equal(["late"], shortlist.NewSinceSent); // the one taken off before the first send is not new

        var second = await consultant.Send(id);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var path = Path.Combine(_factory.DataDirectory, "outbox", $"shortlist-{id}-2.eml");
        await DeliveryFlow.WaitForFile(path);
        var message = await MimeMessage.LoadAsync(path);
        var view = await consultant.WaitForOrder(id, v => v.Delivery!.Sends.Count == 2 && v.Delivery.Sends[1].Status == "sent", "second email sent");

        var sent = view.Delivery!.Candidates;
        Assert.Equal([("first", 1), ("late", 2)], sent.Select(c => (c.CandidateId, c.Send)));
        Assert.StartsWith("Flere kandidater", message.Subject);
        Assert.Contains(sent[1].Reference, message.TextBody);
        Assert.DoesNotContain(sent[0].Reference, message.TextBody);
        Assert.Equal(("sent", 1), (view.Status, view.Delivery.Sends[0].Number)); // the order's answer is still its first email
        Assert.Empty((await (await consultant.GetAsync($"/api/v1/job-orders/{id}/shortlist")).Read<Shortlist>()).NewSinceSent);

        var third = await consultant.Send(id);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Contains("no candidate has joined it since", await third.Content.ReadAsStringAsync());
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_factory.DataDirectory, "outbox"), $"shortlist-{id}*.eml").Length);
    }

    [Fact]
    public async Task A_later_send_may_only_take_off_candidates_new_since_the_last_send()
    {
        var (consultant, id) = await SentWithLateArrival();

        var takesOffSent = await consultant.Send(id, "first");
        Assert.Equal(HttpStatusCode.BadRequest, takesOffSent.StatusCode);
        Assert.Contains("'first' is not among the candidates new since the last send", await takesOffSent.Content.ReadAsStringAsync());
        var takesOffAll = await consultant.Send(id, "late");
        Assert.Equal(HttpStatusCode.BadRequest, takesOffAll.StatusCode);
        Assert.Contains("nothing would be emailed", await takesOffAll.Content.ReadAsStringAsync());
        Assert.False(File.Exists(Path.Combine(_factory.DataDirectory, "outbox", $"shortlist-{id}-2.eml")));
    }

    [Fact]
    public async Task Each_email_has_its_own_rating_link_and_both_ratings_count()
    {
        var (consultant, id) = await SentWithLateArrival();
        await consultant.Send(id);
        var outbox = Path.Combine(_factory.DataDirectory, "outbox");
        await DeliveryFlow.WaitForFile(Path.Combine(outbox, $"shortlist-{id}-2.eml"));
        var company = _factory.CreateClient();

        foreach (var (file, rating) in new[] { ($"shortlist-{id}.eml", 3), ($"shortlist-{id}-2.eml", 5) })
        {
            var message = await MimeMessage.LoadAsync(Path.Combine(outbox, file));
            var token = Regex.Match(message.TextBody ?? "", @"/feedback/([A-Za-z0-9_-]+)").Groups[1].Value;
            var rated = await company.PostAsJsonAsync($"/api/v1/feedback/{token}", new { rating });
            Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        }

        var report = await (await consultant.GetAsync("/api/v1/metrics/turnaround")).Read<TurnaroundReport>();
        var aarhus = report.JobCentres.Single(g => g.Name == "Aarhus");
        Assert.Equal((2, 4.0), (aarhus.Ratings, aarhus.AverageRating));
    }

    [Fact]
    public void Candidates_in_a_later_email_sent_before_the_deadline_count_towards_the_promise()
    {
        var received = DateTimeOffset.UnixEpoch;
        var topUp = new TurnaroundOrder("Aarhus", received, received.AddHours(24), received.AddHours(2), [], SentInTime: 4, Needed: 4, Hired: 0);
        var lateTopUp = topUp with { SentInTime = 2 }; // two in time, two more after the deadline

        Assert.True(topUp.PromiseKept);
        Assert.False(lateTopUp.PromiseKept);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
