using CandidateBank.Store;
using MimeKit;

namespace CandidateBank.Delivery;

/// <summary>Queues emails in the store; the caller's SaveChanges commits them together with the decision to send.</summary>
public static class Outbox
{
    /// <summary>
    /// The outbox row's id and the Message-Id's local part: one per kind and job order, never random; a kind sent more
    /// than once per order (new candidates) names each <paramref name="instance"/>.
    /// </summary>
    public static string EmailId(string kind, string jobOrderId, string? instance = null) =>
        instance is null ? $"{kind}-{jobOrderId}" : $"{kind}-{jobOrderId}-{instance}";

    /// <summary>The instance of an order's <paramref name="send"/>th shortlist email: none for the first, so its id stays what it always was.</summary>
    public static string? ShortlistInstance(int send) => send == 1 ? null : send.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Which of its order's shortlist emails this is (1 for the first).</summary>
    public static int SendOf(string emailId, string jobOrderId)
    {
        var first = EmailId(EmailKind.Shortlist, jobOrderId);
        return emailId == first ? 1 : int.Parse(emailId[(first.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static OutgoingEmail Add(CandidateBankDb db, string kind, string jobOrderId, MimeMessage message, DateTimeOffset now) =>
        db.Outbox.Add(new OutgoingEmail
        {
            Id = message.MessageId?.Split('@')[0] ?? EmailId(kind, jobOrderId), // NewMessage set it from EmailId, instance included
            JobOrderId = jobOrderId,
            Kind = kind,
            Recipient = string.Join(", ", message.To.Mailboxes.Select(m => m.Address)),
            Mime = Bytes(message),
            Status = OutgoingEmailStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
            TraceParent = System.Diagnostics.Activity.Current?.Id,
        }).Entity;

    public static byte[] Bytes(MimeMessage message)
    {
        using var mime = new MemoryStream();
        message.WriteTo(mime);
        return mime.ToArray();
    }

    /// <summary>A message with the configured sender and a Message-Id derived from the outbox id.</summary>
    public static MimeMessage NewMessage(EmailOptions options, string kind, string jobOrderId, string? instance = null)
    {
        var from = MailboxAddress.Parse(options.From);
        var domain = from.Address.Contains('@') ? from.Address.Split('@')[1] : "candidatebank.local";
        var message = new MimeMessage { MessageId = $"{EmailId(kind, jobOrderId, instance)}@{domain}" };
        message.From.Add(from);
        return message;
    }
}
