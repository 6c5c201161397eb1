using CandidateBank.Contracts;
using CandidateBank.Matching.Calendar;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;

namespace CandidateBank.Matching.Validation;

/// <summary>
/// The rules every message must pass before anything is written, shared by the REST API (400 problem details)
/// and the bus consumers (dead-letter reason), so both front doors refuse the same input the same way.
/// </summary>
public sealed partial class MessageValidator(Municipalities municipalities)
{
    public const int MaxIdLength = CandidateIds.MaxLength;
    public const int MaxTextLength = 10_000;
    public const int MaxListLength = 100;
    /// <summary>The longest address SMTP carries (RFC 5321: a path of 256 octets, less the angle brackets).</summary>
    public const int MaxEmailLength = 254;

    /// <summary>What a valid message becomes before it is published or stored: the bank's one spelling of its names.</summary>
    public CanonicalForms Canonical { get; } = new(municipalities);

    public ValidationResult Validate(CandidateProfile profile)
    {
        var result = new ValidationResult();
        RequireText(result, "candidateId", profile.CandidateId, MaxIdLength);
        // Ids travel in URLs, file names and emails: a lookalike (U+2010, fullwidth, zero-width) would be another candidate.
        result.Require(string.IsNullOrEmpty(profile.CandidateId) || CandidateIds.HasAllowedCharacters(profile.CandidateId), "candidateId",
            CandidateIds.Rule,
            "må kun indeholde bogstaverne A-Z og a-z (uden æ, ø og å), cifre, '.', '_' og '-'.");
        RequireMunicipality(result, "jobCentre", profile.JobCentre);
        result.Require(profile.Version >= 1, "version", "must be 1 or higher.", "skal være 1 eller højere.");
        RequireText(result, "headline", profile.Headline, 300);
        RequireAtMost(result, "summary", profile.Summary, MaxTextLength);
        RequireMunicipality(result, "homeMunicipality", profile.HomeMunicipality);
        RequireBetween(result, "maxCommuteKm", profile.MaxCommuteKm is >= 0 and <= 500, 0, 500);
        RequireDate(result, "availableFrom", profile.AvailableFrom);
        if (profile.Consent is null) AddRequired(result, "consent");
        CheckList(result, "occupations", profile.Occupations);
        for (var i = 0; i < (profile.Occupations?.Count ?? 0); i++)
        {
            var occupation = profile.Occupations![i];
            if (occupation is null) { result.Add($"occupations[{i}]", "must not be null.", "må ikke være null."); continue; }
            RequireText(result, $"occupations[{i}].title", occupation.Title, 200);
            RequireBetween(result, $"occupations[{i}].years", occupation.Years is >= 0 and <= 60, 0, 60);
        }
        CheckStrings(result, "skills", profile.Skills);
        CheckStrings(result, "certificates", profile.Certificates);
        CheckLicences(result, "driversLicences", profile.DriversLicences);
        CheckLanguages(result, "languages", profile.Languages);
        CheckList(result, "employmentTypes", profile.EmploymentTypes);
        result.Require(profile.EmploymentTypes is null || profile.EmploymentTypes.Count > 0, "employmentTypes",
            "must name at least one of: ordinary, temporary.", "skal nævne mindst én af ansættelsesformerne ordinary og temporary.");
        foreach (var type in profile.EmploymentTypes ?? []) RequireEmploymentType(result, "employmentTypes", type);

        var freeText = FreeText(profile).ToList();
        foreach (var (field, text) in freeText.Concat(ContactText(profile))) CheckFreeText(result, field, text, isPhone: field == "contact.phone");
        foreach (var (field, text) in freeText)
            result.Require(!PersonalDataScanner.ContainsContactDetails(text), field,
                "must not contain an email address or phone number; put contact details in 'contact'.",
                "må ikke indeholde en e-mailadresse eller et telefonnummer; kontaktoplysninger hører til i 'contact'.");
        if (profile.Contact?.Email is { } email) RequireEmail(result, "contact.email", email);
        foreach (var (field, text, max) in new[] { ("contact.name", profile.Contact?.Name, 200), ("contact.email", profile.Contact?.Email, MaxEmailLength), ("contact.phone", profile.Contact?.Phone, 50) })
            RequireAtMost(result, field, text, max);
        return result;
    }

    /// <summary>Every text of a profile that is indexed or shown to employers, with its field path.</summary>
    private static IEnumerable<(string Field, string? Text)> FreeText(CandidateProfile profile)
    {
        yield return ("candidateId", profile.CandidateId);
        yield return ("headline", profile.Headline);
        yield return ("summary", profile.Summary);
        for (var i = 0; i < (profile.Occupations?.Count ?? 0); i++) yield return ($"occupations[{i}].title", profile.Occupations![i]?.Title);
        for (var i = 0; i < (profile.Skills?.Count ?? 0); i++) yield return ($"skills[{i}]", profile.Skills![i]);
        for (var i = 0; i < (profile.Certificates?.Count ?? 0); i++) yield return ($"certificates[{i}]", profile.Certificates![i]);
    }

    private static IEnumerable<(string Field, string? Text)> ContactText(CandidateProfile profile)
    {
        yield return ("contact.name", profile.Contact?.Name);
        yield return ("contact.email", profile.Contact?.Email);
        yield return ("contact.phone", profile.Contact?.Phone);
    }

    public ValidationResult Validate(JobOrder order)
    {
        var result = new ValidationResult();
        RequireText(result, "title", order.Title, 300);
        RequireAtMost(result, "description", order.Description, MaxTextLength);
        RequireText(result, "occupation", order.Occupation, 200);
        CheckStrings(result, "requiredSkills", order.RequiredSkills);
        CheckStrings(result, "preferredSkills", order.PreferredSkills);
        CheckStrings(result, "requiredCertificates", order.RequiredCertificates);
        CheckLicences(result, "requiredDriversLicences", order.RequiredDriversLicences);
        CheckLanguages(result, "requiredLanguages", order.RequiredLanguages);
        RequireMunicipality(result, "workMunicipality", order.WorkMunicipality);
        RequireDate(result, "startDate", order.StartDate);
        RequireEmploymentType(result, "employmentType", order.EmploymentType);
        RequireBetween(result, "positions", order.Positions is >= 1 and <= 1000, 1, 1000);
        RequireBetween(result, "shortlistSize", order.ShortlistSize is >= 1 and <= 100, 1, 100);
        RequireBetween(result, "wanted", order.Wanted is null or >= 1 and <= 100, 1, 100);
        var deadlines = string.Join(", ", AnswerDeadline.Choices);
        result.Require(order.AnswerWithin is null || AnswerDeadline.Choices.Contains(order.AnswerWithin), "answerWithin",
            $"'{order.AnswerWithin}' is not a deadline; use one of {deadlines}.", $"'{order.AnswerWithin}' er ikke en svarfrist; brug en af {deadlines}.");
        if (order.Company is null)
            AddRequired(result, "company");
        else
        {
            Cvr.Require(result, "company.cvr", order.Company.Cvr);
            RequireText(result, "company.name", order.Company.Name, 300);
            RequireEmail(result, "company.contactEmail", order.Company.ContactEmail);
        }
        RequireEmail(result, "consultantEmail", order.ConsultantEmail);
        foreach (var (field, text) in new[] { ("company.contactEmail", order.Company?.ContactEmail), ("consultantEmail", order.ConsultantEmail) })
            RequireAtMost(result, field, text, MaxEmailLength);
        if (order.JobOrderId is not null) RequireText(result, "jobOrderId", order.JobOrderId, MaxIdLength);
        if (order.JobCentre is not null) RequireMunicipality(result, "jobCentre", order.JobCentre);
        var texts = new (string Field, string? Text)[]
            {
                ("title", order.Title), ("description", order.Description), ("occupation", order.Occupation), ("company.name", order.Company?.Name),
                ("company.contactEmail", order.Company?.ContactEmail), ("consultantEmail", order.ConsultantEmail),
            }
            .Concat((order.RequiredSkills ?? []).Select((t, i) => ($"requiredSkills[{i}]", (string?)t)))
            .Concat((order.PreferredSkills ?? []).Select((t, i) => ($"preferredSkills[{i}]", (string?)t)))
            .Concat((order.RequiredCertificates ?? []).Select((t, i) => ($"requiredCertificates[{i}]", (string?)t)));
        foreach (var (field, text) in texts) CheckFreeText(result, field, text);
        return result;
    }

    public ValidationResult Validate(TenderAwarded award)
    {
        var result = new ValidationResult();
        RequireText(result, "tenderId", award.TenderId, MaxIdLength);
        RequireText(result, "project", award.Project, 300);
        RequireText(result, "buyer", award.Buyer, 300);
        Cvr.Require(result, "cvr", award.Cvr);
        RequireText(result, "companyName", award.CompanyName, 300);
        if (award.CompanyMunicipality is not null) RequireMunicipality(result, "companyMunicipality", award.CompanyMunicipality);
        if (award.ContactPerson is not null) RequireText(result, "contactPerson", award.ContactPerson, 200);
        RequireMunicipality(result, "workMunicipality", award.WorkMunicipality);
        RequireDate(result, "awardedOn", award.AwardedOn);
        RequireDate(result, "startDate", award.StartDate);
        if (award.EndDate is { } end) RequireDate(result, "endDate", end);
        if (result.IsValid)
            result.Require(award.StartDate >= award.AwardedOn.AddYears(-1), "startDate", "must not be more than a year before the award.",
                "må ikke ligge mere end et år før tildelingen.");
        result.Require(award.EndDate is null || award.EndDate >= award.StartDate, "endDate", "must not be before startDate.", "må ikke ligge før startDate.");
        result.Require(award.ValueDkk is null or >= 0, "valueDkk", "must not be negative.", "må ikke være negativ.");
        result.Require(award.ValueDkk is null or <= MaxValueDkk, "valueDkk", $"must be at most {MaxValueDkk:N0} kr.",
            string.Create(DanishCulture, $"må højst være {MaxValueDkk:N0} kr."));
        CheckStrings(result, "trades", award.Trades);
        result.Require(award.Trades is null || award.Trades.Count > 0, "trades", "must name at least one trade.", "skal nævne mindst ét fag.");
        RequireText(result, "source", award.Source, 200);
        var awardTexts = new[] { ("project", award.Project), ("buyer", award.Buyer), ("contactPerson", award.ContactPerson), ("companyName", award.CompanyName),
                ("tenderId", award.TenderId), ("source", award.Source) }
            .Concat((award.Trades ?? []).Select((t, i) => ($"trades[{i}]", (string?)t)));
        foreach (var (field, text) in awardTexts) CheckFreeText(result, field, text);
        return result;
    }

    /// <summary>The dates a message may carry: nothing in the bank is planned before 1900 or after 2200.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1), LatestDate = new(2200, 12, 31);

    /// <summary>More than any public tender Denmark has awarded, a hundred times over.</summary>
    public const long MaxValueDkk = 10_000_000_000_000;

}
