using System.Globalization;
using CandidateBank.Api.JobOrders;
using CandidateBank.Api.Publishing;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Validation;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CandidateBank.Web.Pages;

/// <summary>What the consultant types into the order form, as typed: the API's validator decides what is wrong.</summary>
public sealed class OrderForm
{
    public string? Title { get; set; }
    public string? Occupation { get; set; }
    public string? WorkMunicipality { get; set; }
    public string? StartDate { get; set; }
    public string? Positions { get; set; } = "1";
    public IReadOnlyList<string> RequiredCertificates { get; set; } = [];
    public IReadOnlyList<string> RequiredSkills { get; set; } = [];
    public string? RequiredDriversLicences { get; set; }
    public string? Description { get; set; }
    public string? AnswerWithin { get; set; } = "24h";
    public string? CompanyName { get; set; }
    public string? CompanyCvr { get; set; }
    public string? CompanyContactEmail { get; set; }
    public string? ConsultantEmail { get; set; }
}

/// <summary>
/// A new job order from the form, submitted through the API's own handler, so the consultant sees the same refusals a
/// REST client gets, each beside its field.
/// </summary>
public sealed class NewOrderModel(MessageValidator validator, CandidateBankDb db, ConfirmedPublisher bus, TimeProvider clock,
    TradeVocabulary vocabulary) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Deadlines =
        [("24h", "24 timer"), ("end-of-working-day", "Inden arbejdsdagens slutning"), ("2-working-days", "2 arbejdsdage")];

    public OrderForm Form { get; private set; } = new();
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);
    /// <summary>How many certificates and skills the form takes; an order needing more is rare, and the API takes any number.</summary>
    public const int ListInputs = 3;

    public IEnumerable<string> Certificates => vocabulary.Data.Certificates.Select(c => c.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false));
    public IEnumerable<string> Skills => vocabulary.Data.Skills.Select(s => s.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false));
    public IEnumerable<string> Occupations => vocabulary.Data.Occupations.Select(o => o.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false));
    public IEnumerable<string> Municipalities => Matching.Geography.Municipalities.Denmark.All.Select(m => m.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false));

    /// <summary>The API's errors for a field: its JSON path, and paths inside it (<c>requiredCertificates[1]</c>).</summary>
    public List<string> ErrorsFor(string field) =>
        Errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal) || e.Key.StartsWith(field + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value).ToList();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Form = new OrderForm
        {
            Title = Request.Form["title"], Occupation = Request.Form["occupation"], WorkMunicipality = Request.Form["workMunicipality"],
            StartDate = Request.Form["startDate"], Positions = Request.Form["positions"], RequiredCertificates = Filled(Request.Form["requiredCertificates"]),
            RequiredSkills = Filled(Request.Form["requiredSkills"]),
            RequiredDriversLicences = Request.Form["requiredDriversLicences"], Description = Request.Form["description"], AnswerWithin = Request.Form["answerWithin"],
            CompanyName = Request.Form["company.name"], CompanyCvr = Request.Form["company.cvr"], CompanyContactEmail = Request.Form["company.contactEmail"],
            ConsultantEmail = Request.Form["consultantEmail"],
        };
        if (!DateOnly.TryParseExact(Form.StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            Add("startDate", "Skriv en dato.");
        if (!int.TryParse(Form.Positions, NumberStyles.None, CultureInfo.InvariantCulture, out var positions))
            Add("positions", "Skriv et helt tal.");
        if (Errors.Count > 0) return Page();

        var order = new JobOrder
        {
            Title = Form.Title ?? "", Occupation = Form.Occupation ?? "", WorkMunicipality = Form.WorkMunicipality ?? "", StartDate = start, Positions = positions,
            RequiredCertificates = [.. Form.RequiredCertificates], RequiredSkills = [.. Form.RequiredSkills], RequiredDriversLicences = Lines(Form.RequiredDriversLicences, ',', ' '),
            Description = Form.Description ?? "", AnswerWithin = Form.AnswerWithin,
            Company = new Company(Form.CompanyCvr ?? "", Form.CompanyName ?? "", Form.CompanyContactEmail ?? ""), ConsultantEmail = Form.ConsultantEmail ?? "",
        };
        var submitted = await JobOrderEndpoints.SubmitJobOrder(order, User, validator, db, bus, clock, cancellationToken);
        switch (submitted.Result)
        {
            case Accepted<JobOrderAccepted> accepted:
                TempData["Message"] = "Jobordren er modtaget. Kandidatlisten laves nu; genindlæs siden om et øjeblik.";
                return Redirect($"/app/orders/{accepted.Value!.Id}");
            case ValidationProblem invalid:
                foreach (var (field, messages) in invalid.ProblemDetails.Errors) Errors[field] = [.. messages];
                break;
            case ProblemHttpResult problem:
                Add("", problem.ProblemDetails.Detail ?? "Jobordren kunne ikke modtages lige nu. Prøv igen om lidt.");
                break;
        }
        return Page();
    }

    private void Add(string field, string message) => (Errors.TryGetValue(field, out var list) ? list : Errors[field] = []).Add(message);

    private static List<string> Filled(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();

    private static List<string> Lines(string? text, params char[] separators) =>
        (text ?? "").Split([.. separators, '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
