using CandidateBank.Store;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CandidateBank.Delivery;

/// <summary>
/// A job centre hears when one of its candidates is put before a company, so it can prepare the person: one email per
/// job centre, order and send, to its contacts (<see cref="NetworkContacts"/>), naming its own candidates by id, not by name.
/// </summary>
public sealed class CandidateSentNotice(NetworkContacts contacts, IOptions<EmailOptions> email)
{
    public void Queue(CandidateBankDb db, JobOrderRecord record, IEnumerable<ShortlistEmailCandidate> candidates, int send, DateTimeOffset now)
    {
        foreach (var ofJobCentre in candidates.GroupBy(c => c.Profile.JobCentre))
        {
            var recipients = contacts.For(ofJobCentre.Key);
            if (recipients.Count == 0) continue;
            var message = Outbox.NewMessage(email.Value, EmailKind.CandidateSent, record.Id, 
                string.Concat(ofJobCentre.Key.Where(char.IsAsciiLetterOrDigit)) + (send == 1 ? "" : $"-{send}"));
            message.Date = now;
            foreach (var recipient in recipients) message.To.Add(MailboxAddress.Parse(recipient));
            message.ReplyTo.Add(MailboxAddress.Parse(record.Order.ConsultantEmail));
            message.Subject = $"Jeres kandidater er sendt til {record.CompanyName}: {record.Title}";
            message.Body = EmailBody.Render(
            [
                new Paragraph($"{ofJobCentre.Count()} af jobcenter {ofJobCentre.Key}s kandidater er på kandidatlisten til {record.CompanyName}. " +
                    "Forbered dem på, at virksomheden kan ringe; spørgsmål til ordren besvares af konsulenten (svar på denne mail)."),
                new FactList(record.Title, ofJobCentre.Select(c => ($"Kandidat {c.Number}", $"{c.Profile.CandidateId} ({c.Reference})")).ToList()),
            ]);
            Outbox.Add(db, EmailKind.CandidateSent, record.Id, message, now);
        }
    }
}
