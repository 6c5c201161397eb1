using System.Globalization;
using CandidateBank.Contracts;
using MimeKit;

namespace CandidateBank.Delivery;

/// <summary>A shortlisted candidate as the company will see them, numbered in the email's order.</summary>
public sealed record ShortlistEmailCandidate(int Number, string Reference, CandidateProfile Profile, ShortlistedCandidate Match)
{
    /// <summary>Name, email and phone only with the citizen's consent; otherwise the company asks the job centre.</summary>
    public bool SharesContact => Profile.Consent.ShareWithEmployers;
}

/// <summary>The shortlist email to the company, in Danish: the candidates' profile facts, never more than the profile holds.</summary>
public static class ShortlistEmail
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static MimeMessage Compose(MimeMessage message, JobOrder order, IReadOnlyList<ShortlistEmailCandidate> candidates,
        string? jobCentre, string feedbackUrl, bool laterSend = false)
    {
        message.To.Add(new MailboxAddress(order.Company.Name, order.Company.ContactEmail));
        message.ReplyTo.Add(MailboxAddress.Parse(order.ConsultantEmail));
        message.Subject = laterSend ? $"Flere kandidater til jeres jobordre: {order.Title}" : $"Kandidater til jeres jobordre: {order.Title}";
        message.Body = EmailBody.Render(Blocks(order, candidates, jobCentre, feedbackUrl, laterSend));
        return message;
    }

    private static List<EmailBlock> Blocks(JobOrder order, IReadOnlyList<ShortlistEmailCandidate> candidates, string? jobCentre, string feedbackUrl,
        bool laterSend)
    {
        var blocks = new List<EmailBlock>
        {
            new Banner(jobCentre is null ? $"Kandidater til \"{order.Title}\"" : $"Jobcenter {jobCentre}: kandidater til \"{order.Title}\""),
            new Paragraph($"Kære {order.Company.Name}"),
            new Paragraph(laterSend
                ? $"Siden vores sidste liste er der kommet {candidates.Count} ny{(candidates.Count == 1 ? "" : "e")} kandidat{(candidates.Count == 1 ? "" : "er")} til jobordren \"{order.Title}\". Alle opfylder ordrens krav."
                : candidates.Count == 0
                ? $"Vi har desværre ikke fundet kandidater, der opfylder alle krav i jobordren \"{order.Title}\". Jeres konsulent kontakter jer om de næste skridt."
                : $"Her er {candidates.Count} kandidat{(candidates.Count == 1 ? "" : "er")} til jobordren \"{order.Title}\", bedst egnede først. Alle opfylder ordrens krav."),
        };
        blocks.AddRange(candidates.Select(c => (EmailBlock)new FactList(Heading(c), Facts(c))));
        if (candidates.Any(c => !c.SharesContact))
            blocks.Add(new Paragraph("Kandidater uden navn har ikke givet samtykke til at dele deres kontaktoplysninger. " +
                "Skriv til jeres konsulent med kandidatens reference, så formidler jobcentret kontakten."));
        blocks.Add(new Paragraph($"Venlig hilsen\nJeres virksomhedskonsulent{(jobCentre is null ? "" : $", Jobcenter {jobCentre}")}\n{order.ConsultantEmail}"));
        blocks.Add(new LinkLine("Hvordan var kandidatlisten? Giv os en karakter fra 1 til 5, og fortæl os, hvem I ansatte:", feedbackUrl, "Vurder kandidatlisten"));
        return blocks;
    }

    private static string Heading(ShortlistEmailCandidate c) =>
        c.SharesContact && !string.IsNullOrWhiteSpace(c.Profile.Contact?.Name)
            ? $"{c.Number}. {c.Profile.Contact!.Name} (ref. {c.Reference})"
            : $"Kandidat {c.Number} (ref. {c.Reference})";

    private static List<(string, string)> Facts(ShortlistEmailCandidate c)
    {
        var facts = new List<(string, string)>
        {
            ("Profil", c.Profile.Headline),
            ("Erfaring", c.Profile.Occupations.Count == 0 ? "Ikke oplyst"
                : string.Join(", ", c.Profile.Occupations.Select(o => $"{o.Title} ({o.Years} år)"))),
            ("Certifikater", c.Match.MatchedCertificates.Count == 0 ? "Ingen krævet" : string.Join(", ", c.Match.MatchedCertificates)),
            ("Afstand", $"{c.Match.DistanceKm.ToString("0.#", Danish)} km"),
            ("Kan starte", c.Profile.AvailableFrom.ToString("d. MMMM yyyy", Danish)),
        };
        var withoutContact = facts.Count;
        if (c.SharesContact && c.Profile.Contact is { } contact)
        {
            if (!string.IsNullOrWhiteSpace(contact.Email)) facts.Add(("E-mail", contact.Email));
            if (!string.IsNullOrWhiteSpace(contact.Phone)) facts.Add(("Telefon", contact.Phone));
        }
        if (facts.Count == withoutContact)
            facts.Add(("Kontakt", $"Via jobcentret, oplys reference {c.Reference}"));
        return facts;
    }
}
