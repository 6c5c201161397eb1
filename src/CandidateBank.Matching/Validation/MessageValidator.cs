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
    public const int MaxIdLength = 100;
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
        result.Require(string.IsNullOrEmpty(profile.CandidateId) || CandidateIdCharacters().IsMatch(profile.CandidateId), "candidateId",
            "may hold only the ASCII letters A-Z and a-z, digits, '.', '_' and '-'.");
        RequireMunicipality(result, "jobCentre", profile.JobCentre);
        result.Require(profile.Version >= 1, "version", "must be 1 or higher.");
        RequireText(result, "headline", profile.Headline, 300);
        result.Require(profile.Summary is null || profile.Summary.Length <= MaxTextLength, "summary", $"must be at most {MaxTextLength} characters.");
        RequireMunicipality(result, "homeMunicipality", profile.HomeMunicipality);
        result.Require(profile.MaxCommuteKm is >= 0 and <= 500, "maxCommuteKm", "must be between 0 and 500.");
        RequireDate(result, "availableFrom", profile.AvailableFrom);
        result.Require(profile.Consent is not null, "consent", "is required.");
        CheckList(result, "occupations", profile.Occupations);
        for (var i = 0; i < (profile.Occupations?.Count ?? 0); i++)
        {
            var occupation = profile.Occupations![i];
            if (occupation is null) { result.Add($"occupations[{i}]", "must not be null."); continue; }
            RequireText(result, $"occupations[{i}].title", occupation.Title, 200);
            result.Require(occupation.Years is >= 0 and <= 60, $"occupations[{i}].years", "must be between 0 and 60.");
        }
        CheckStrings(result, "skills", profile.Skills);
        CheckStrings(result, "certificates", profile.Certificates);
        CheckLicences(result, "driversLicences", profile.DriversLicences);
        CheckLanguages(result, "languages", profile.Languages);
        CheckList(result, "employmentTypes", profile.EmploymentTypes);
        result.Require(profile.EmploymentTypes is null || profile.EmploymentTypes.Count > 0, "employmentTypes", "must name at least one of: ordinary, temporary.");
        foreach (var type in profile.EmploymentTypes ?? [])
            result.Require(EmploymentType.All.Contains(type), "employmentTypes", $"'{type}' is not one of: ordinary, temporary.");

        var freeText = FreeText(profile).ToList();
        foreach (var (field, text) in freeText.Concat(ContactText(profile)))
        {
            result.Require(field == "contact.phone" ? !PersonalDataScanner.ContainsCprInPhone(text) : !PersonalDataScanner.ContainsCpr(text), field, "must not contain a CPR number.");
            result.Require(IsPrintable(text), field, ControlCharacters);
        }
        foreach (var (field, text) in freeText)
            result.Require(!PersonalDataScanner.ContainsContactDetails(text), field, "must not contain an email address or phone number; put contact details in 'contact'.");
        if (profile.Contact?.Email is { } email) result.Require(LooksLikeEmail(email), "contact.email", EmailRule);
        foreach (var (field, text, max) in new[] { ("contact.name", profile.Contact?.Name, 200), ("contact.email", profile.Contact?.Email, MaxEmailLength), ("contact.phone", profile.Contact?.Phone, 50) })
            result.Require(text is null || text.Length <= max, field, $"must be at most {max} characters.");
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
        result.Require(order.Description is null || order.Description.Length <= MaxTextLength, "description", $"must be at most {MaxTextLength} characters.");
        RequireText(result, "occupation", order.Occupation, 200);
        CheckStrings(result, "requiredSkills", order.RequiredSkills);
        CheckStrings(result, "preferredSkills", order.PreferredSkills);
        CheckStrings(result, "requiredCertificates", order.RequiredCertificates);
        CheckLicences(result, "requiredDriversLicences", order.RequiredDriversLicences);
        CheckLanguages(result, "requiredLanguages", order.RequiredLanguages);
        RequireMunicipality(result, "workMunicipality", order.WorkMunicipality);
        RequireDate(result, "startDate", order.StartDate);
        result.Require(EmploymentType.All.Contains(order.EmploymentType), "employmentType", $"'{order.EmploymentType}' is not one of: ordinary, temporary.");
        result.Require(order.Positions is >= 1 and <= 1000, "positions", "must be between 1 and 1000.");
        result.Require(order.ShortlistSize is >= 1 and <= 100, "shortlistSize", "must be between 1 and 100.");
        result.Require(order.Wanted is null or >= 1 and <= 100, "wanted", "must be between 1 and 100.");
        result.Require(order.AnswerWithin is null || AnswerDeadline.Choices.Contains(order.AnswerWithin), "answerWithin",
            $"'{order.AnswerWithin}' is not a deadline; use one of {string.Join(", ", AnswerDeadline.Choices)}.");
        if (order.Company is null)
            result.Add("company", "is required.");
        else
        {
            result.Require(Cvr.IsValid(order.Company.Cvr), "company.cvr", Cvr.Invalid(order.Company.Cvr));
            RequireText(result, "company.name", order.Company.Name, 300);
            result.Require(LooksLikeEmail(order.Company.ContactEmail), "company.contactEmail", EmailRule);
        }
        result.Require(LooksLikeEmail(order.ConsultantEmail), "consultantEmail", EmailRule);
        foreach (var (field, text) in new[] { ("company.contactEmail", order.Company?.ContactEmail), ("consultantEmail", order.ConsultantEmail) })
            result.Require(text is null || text.Length <= MaxEmailLength, field, $"must be at most {MaxEmailLength} characters.");
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
        foreach (var (field, text) in texts)
        {
            result.Require(!PersonalDataScanner.ContainsCpr(text), field, "must not contain a CPR number.");
            result.Require(IsPrintable(text), field, ControlCharacters);
        }
        return result;
    }

    public ValidationResult Validate(TenderAwarded award)
    {
        var result = new ValidationResult();
        RequireText(result, "tenderId", award.TenderId, MaxIdLength);
        RequireText(result, "project", award.Project, 300);
        RequireText(result, "buyer", award.Buyer, 300);
        result.Require(Cvr.IsValid(award.Cvr), "cvr", Cvr.Invalid(award.Cvr));
        RequireText(result, "companyName", award.CompanyName, 300);
        if (award.CompanyMunicipality is not null) RequireMunicipality(result, "companyMunicipality", award.CompanyMunicipality);
        if (award.ContactPerson is not null) RequireText(result, "contactPerson", award.ContactPerson, 200);
        RequireMunicipality(result, "workMunicipality", award.WorkMunicipality);
        RequireDate(result, "awardedOn", award.AwardedOn);
        RequireDate(result, "startDate", award.StartDate);
        if (award.EndDate is { } end) RequireDate(result, "endDate", end);
        if (result.IsValid) result.Require(award.StartDate >= award.AwardedOn.AddYears(-1), "startDate", "must not be more than a year before the award.");
        result.Require(award.EndDate is null || award.EndDate >= award.StartDate, "endDate", "must not be before startDate.");
        result.Require(award.ValueDkk is null or >= 0, "valueDkk", "must not be negative.");
        result.Require(award.ValueDkk is null or <= MaxValueDkk, "valueDkk", $"must be at most {MaxValueDkk:N0} kr.");
        CheckStrings(result, "trades", award.Trades);
        result.Require(award.Trades is null || award.Trades.Count > 0, "trades", "must name at least one trade.");
        RequireText(result, "source", award.Source, 200);
        var awardTexts = new[] { ("project", award.Project), ("buyer", award.Buyer), ("contactPerson", award.ContactPerson), ("companyName", award.CompanyName),
                ("tenderId", award.TenderId), ("source", award.Source) }
            .Concat((award.Trades ?? []).Select((t, i) => ($"trades[{i}]", (string?)t)));
        foreach (var (field, text) in awardTexts)
        {
            result.Require(!PersonalDataScanner.ContainsCpr(text), field, "must not contain a CPR number.");
            result.Require(IsPrintable(text), field, ControlCharacters);
        }
        return result;
    }

    private const string ControlCharacters = "must not contain control characters (other than line breaks and tabs) or broken Unicode.";

    /// <summary>Free text is shown in emails and web pages: no control characters, no lone halves of a surrogate pair.</summary>
    private static bool IsPrintable(string? text)
    {
        if (text is null) return true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return false;
        }
        return true;
    }

    private const string EmailRule = "must be an email address in ASCII (as the schemas' 'email' format): 'søren@…' is written 'soeren@…'.";

    /// <summary>
    /// What the schemas' <c>format: email</c> accepts (SchemaTests holds the two together), so a message the REST API
    /// takes is never dead-lettered by the indexer's schema check: ASCII only, one '@', a dotted domain.
    /// </summary>
    private static bool LooksLikeEmail(string? value) =>
        value is { Length: > 2 and <= 254 } && EmailPattern().IsMatch(value);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")]
    private static partial System.Text.RegularExpressions.Regex EmailPattern();

    /// <summary>The dates a message may carry: nothing in the bank is planned before 1900 or after 2200.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1), LatestDate = new(2200, 12, 31);

    /// <summary>More than any public tender Denmark has awarded, a hundred times over.</summary>
    public const long MaxValueDkk = 10_000_000_000_000;

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9._-]+$")]
    private static partial System.Text.RegularExpressions.Regex CandidateIdCharacters();

    private static void RequireDate(ValidationResult result, string field, DateOnly date) =>
        result.Require(date >= EarliestDate && date <= LatestDate, field, $"must be a date between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.");

    private static void RequireText(ValidationResult result, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) result.Add(field, "is required.");
        else if (value.Length > maxLength) result.Add(field, $"must be at most {maxLength} characters.");
    }

    private void RequireMunicipality(ValidationResult result, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) result.Add(field, "is required.");
        else if (!municipalities.Contains(value))
            result.Add(field, municipalities.Nearest(value) is { Count: > 0 } nearest
                ? $"'{value}' is not a Danish municipality; did you mean {string.Join(" or ", nearest)}?"
                : $"'{value}' is not a Danish municipality.");
    }

    private static void CheckList<T>(ValidationResult result, string field, IReadOnlyList<T>? list)
    {
        if (list is null) result.Add(field, "must be a list, not null.");
        else if (list.Count > MaxListLength) result.Add(field, $"must have at most {MaxListLength} entries.");
    }

    private static void CheckStrings(ValidationResult result, string field, IReadOnlyList<string>? list)
    {
        CheckList(result, field, list);
        for (var i = 0; i < (list?.Count ?? 0); i++)
            RequireText(result, $"{field}[{i}]", list![i], 200);
    }

    private static void CheckLicences(ValidationResult result, string field, IReadOnlyList<string>? list)
    {
        CheckList(result, field, list);
        for (var i = 0; i < (list?.Count ?? 0); i++)
            if (list![i] is not { } licence || !DriversLicences.IsKnown(licence))
                result.Add($"{field}[{i}]", $"'{list[i]}' is not a Danish driving licence class ({string.Join(", ", DriversLicences.KnownClasses)}).");
    }

    private static void CheckLanguages(ValidationResult result, string field, IReadOnlyList<string>? list)
    {
        CheckList(result, field, list);
        for (var i = 0; i < (list?.Count ?? 0); i++)
            if (list![i] is not { Length: 2 } code || !code.All(char.IsAsciiLetterLower))
                result.Add($"{field}[{i}]", $"'{list[i]}' is not an ISO 639-1 language code (two lower-case letters, e.g. da, en).");
    }
}
