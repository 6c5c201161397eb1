using System.Globalization;
using CandidateBank.Matching.Geography;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CandidateBank.Delivery;

/// <summary>
/// <c>CandidateBank:NetworkContacts:{job centre}</c>: the people ("netværkspersoner") of each job centre whom the other
/// job centres of its recruitment network call in when an order is short of candidates, and who are told when one of
/// their own candidates is sent to a company (<see cref="CandidateSentNotice"/>).
/// </summary>
public sealed record NetworkContacts(IReadOnlyDictionary<string, IReadOnlyList<string>> ByJobCentre)
{
    public IReadOnlyList<string> For(string jobCentre) => ByJobCentre.GetValueOrDefault(jobCentre) ?? [];

    /// <summary>The configured contacts; a job centre that is no municipality or an address that is none stops the server at start.</summary>
    public static NetworkContacts From(Microsoft.Extensions.Configuration.IConfigurationSection section)
    {
        var contacts = section.GetChildren().ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.GetChildren().Select(e => e.Value ?? "").ToList());
        var wrong = contacts.Where(c => !Municipalities.Denmark.Contains(c.Key)).Select(c => $"'{c.Key}' is not a Danish municipality")
            .Concat(contacts.SelectMany(c => c.Value.Where(e => !MailboxAddress.TryParse(e, out _) || !e.Contains('@')).Select(e => $"'{e}' for {c.Key} is not an email address")))
            .ToList();
        return wrong.Count == 0 ? new NetworkContacts(contacts)
            : throw new InvalidOperationException($"{section.Path}: {string.Join("; ", wrong)}.");
    }
}

/// <summary>
/// When an order still has fewer qualified candidates than its target at its deadline check, the contacts of the other
/// job centres in its recruitment network get one email naming the order and what is missing, to answer to its consultant.
/// </summary>
public sealed class NetworkCall(NetworkContacts contacts, RecruitmentNetworks networks, IOptions<EmailOptions> email)
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Queues the email in <paramref name="db"/> unless the order has enough, has been called in for before, or nobody is to be told.</summary>
    public async Task<bool> CallInAsync(CandidateBankDb db, JobOrderRecord order, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The list as it stands: candidates matched since it was first shortlisted count.
        var qualified = order.Shortlist?.QualifiedCount ?? order.QualifiedCount;
        if (qualified >= order.Target || order.JobCentre is not { } own || networks.NetworkOf(own) is not { } network) return false;
        var recipients = networks.Members[network].Where(m => m != own).SelectMany(contacts.For).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var id = Outbox.EmailId(EmailKind.NetworkCall, order.Id);
        if (recipients.Count == 0 || await db.Outbox.AnyAsync(e => e.Id == id, cancellationToken)) return false;

        var message = Outbox.NewMessage(email.Value, EmailKind.NetworkCall, order.Id);
        message.Date = now;
        foreach (var recipient in recipients) message.To.Add(MailboxAddress.Parse(recipient));
        message.ReplyTo.Add(MailboxAddress.Parse(order.Order.ConsultantEmail));
        var missing = order.Target - qualified;
        message.Subject = $"Netværket efterlyser {missing} {order.Order.Occupation}: {order.Title}";
        var required = order.Order.RequiredCertificates.Concat(order.Order.RequiredDriversLicences.Select(l => $"kørekort {l}")).ToList();
        message.Body = EmailBody.Render(
        [
            new Paragraph($"Jobcenter {own} mangler {missing} kvalificerede kandidater til en ordre fra {order.CompanyName} i {network}. " +
                "Har I kandidater, der kan opfylde kravene, så svar på denne mail til konsulenten."),
            new FactList(order.Title,
            [
                ("Erhverv", order.Order.Occupation), ("Arbejdssted", order.Order.WorkMunicipality), ("Start", order.Order.StartDate.ToString("d. MMMM yyyy", Danish)),
                ("Krav", required.Count == 0 ? "ingen certifikater eller kørekort" : string.Join(", ", required)),
                ("Kvalificerede i banken", $"{qualified} af {order.Target}"), ("Frist", DanishTime.Format(order.Deadline)),
            ]),
        ]);
        Outbox.Add(db, EmailKind.NetworkCall, order.Id, message, now);
        return true;
    }
}
