using System.Net;

namespace CandidateBank.Api.Tests;

/// <summary>The outbox row is written with the approval, so a restart before delivery neither loses nor repeats the email.</summary>
public sealed class OutboxRestartTests
{
    [Fact]
    public async Task Email_approved_while_the_mail_server_is_down_is_sent_once_after_a_restart()
    {
        var unreachable = SmtpCatcher.ServerSettings();
        unreachable["CandidateBank:Email:Port"] = FreePort().ToString(); // nothing listens: connection refused, a transient failure
        unreachable["CandidateBank:Email:RetryBaseSeconds"] = "0.05";
        var first = CandidateBankFactory.WithFreshData(unreachable);
        var company = SmtpCatcher.UniqueAddress();
        string id;
        try
        {
            id = await DeliveryFlow.ShortlistedOrder(first, DeliveryFlow.OrderFrom(company), Profiles.Struktør("consenting"));
            var consultant = first.ClientWithKey(CandidateBankFactory.ConsultantKey);
            Assert.Equal(HttpStatusCode.Accepted, (await consultant.Send(id)).StatusCode);
            var pending = await consultant.WaitForOrder(id, view => view.Delivery?.Attempts >= 2, "two failed attempts");
            Assert.Equal("pending", pending.Delivery?.Status);
            Assert.Contains("refused", pending.Delivery?.Reason, StringComparison.OrdinalIgnoreCase);
        }
        finally { first.Dispose(); }

        var restarted = new CandidateBankFactory(first.DataDirectory, SmtpCatcher.ServerSettings());
        try
        {
            var consultant = restarted.ClientWithKey(CandidateBankFactory.ConsultantKey);
            await consultant.WaitForStatus(id, "sent");
            Assert.Single(SmtpCatcher.MessagesTo(company));
            Assert.Equal(HttpStatusCode.Conflict, (await consultant.Send(id)).StatusCode);
        }
        finally
        {
            restarted.Dispose();
            restarted.DeleteData();
        }
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
