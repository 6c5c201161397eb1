using System.Globalization;
using System.Text.Json;
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
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Web.Pages;

/// <summary>
/// A new job order from the form, submitted through the API's own handler, so the consultant sees the same refusals a
/// REST client asking for Danish gets, each beside its field.
/// </summary>
public sealed class NewOrderModel(MessageValidator validator, CandidateBankDb db, ConfirmedPublisher bus, TimeProvider clock,
    TradeVocabulary vocabulary) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Deadlines =
        [("24h", "24 timer"), ("end-of-working-day", "Inden arbejdsdagens slutning"), ("2-working-days", "2 arbejdsdage")];

    public OrderForm Form { get; private set; } = new();
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);
    /// <summary>How many certificates and skills (required and preferred) the form takes; an order needing more is rare, and the API takes any number.</summary>
    public const int ListInputs = 3;

    public IEnumerable<string> Certificates => vocabulary.Data.Certificates.Select(c => c.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false));
    public IEnumerable<string> Skills => vocabulary.Data.Skills.Select(s => s.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false));
    public IEnumerable<string> Occupations => vocabulary.Data.Occupations.Select(o => o.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false));
    public IEnumerable<string> Municipalities => Matching.Geography.Municipalities.Denmark.All.Select(m => m.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false));

    /// <summary>The API's errors for a field: its JSON path, and paths inside it (<c>requiredCertificates[1]</c>).</summary>
    public List<string> ErrorsFor(string field) =>
        Errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal) || e.Key.StartsWith(field + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value).ToList();

    /// <summary>
    /// Recorded tenders the tender field suggests: those that started at most a year ago or start later, soonest first,
    /// and no more than a datalist is worth sending with every form.
    /// </summary>
    public IReadOnlyList<TenderAwarded> Tenders { get; private set; } = [];
    public const int TenderSuggestions = 200;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Form = OrderForm.Read(Request.Form);
        if (!DateOnly.TryParseExact(Form.StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            Add("startDate", "Skriv en dato.");
        if (!int.TryParse(Form.Positions, NumberStyles.None, CultureInfo.InvariantCulture, out var positions))
            Add("positions", "Skriv et helt tal.");
        var wanted = OptionalWholeNumber("wanted", Form.Wanted);
        var shortlistSize = OptionalWholeNumber("shortlistSize", Form.ShortlistSize);
        if (Errors.Count > 0) return await FormAsync(cancellationToken);

        var order = new JobOrder
        {
            Title = Form.Title ?? "", Occupation = Form.Occupation ?? "", WorkMunicipality = Form.WorkMunicipality ?? "", StartDate = start, Positions = positions,
            Wanted = wanted, RequiredCertificates = [.. Form.RequiredCertificates], RequiredSkills = [.. Form.RequiredSkills], PreferredSkills = [.. Form.PreferredSkills],
            RequiredDriversLicences = OrderForm.Entries(Form.RequiredDriversLicences),
            RequiredLanguages = OrderForm.Entries(Form.RequiredLanguages).Select(Danish.LanguageCode).ToList(),
            EmploymentType = Form.EmploymentType!, SeniorFriendly = Form.SeniorFriendly, Description = Form.Description ?? "", AnswerWithin = Form.AnswerWithin,
            Company = new Company(Form.CompanyCvr ?? "", Form.CompanyName ?? "", Form.CompanyContactEmail ?? ""), ConsultantEmail = Form.ConsultantEmail ?? "",
            ShortlistSize = shortlistSize ?? JobOrder.DefaultShortlistSize, TenderId = string.IsNullOrWhiteSpace(Form.TenderId) ? null : Form.TenderId.Trim(),
            AutoSend = Form.AutoSend,
        };
        // The web app is in Danish, so it asks the API for its refusals in Danish, as a REST client may.
        var submitted = await JobOrderEndpoints.SubmitJobOrder(order, acceptLanguage: "da", User, validator, db, bus, clock, cancellationToken);
        switch (submitted.Result)
        {
            case Accepted<JobOrderAccepted> accepted:
                var id = accepted.Value!.Id;
                // The indexer stores the order a moment after the bus took it: wait that moment, so the page usually finds it.
                for (var waited = 0; waited < 20 && !await db.JobOrders.AnyAsync(o => o.Id == id, cancellationToken); waited++)
                    await Task.Delay(100, cancellationToken);
                TempData["Message"] = "Jobordren er modtaget. Kandidatlisten laves nu; genindlæs siden om et øjeblik.";
                return Redirect($"/app/orders/{id}?modtaget=true");
            case ValidationProblem invalid:
                foreach (var (field, messages) in invalid.ProblemDetails.Errors) Errors[field] = [.. messages];
                break;
            case ProblemHttpResult problem:
                Add("", problem.ProblemDetails.Detail ?? "Jobordren kunne ikke modtages lige nu. Prøv igen om lidt.");
                break;
        }
        return await FormAsync(cancellationToken);
    }

    private async Task<IActionResult> FormAsync(CancellationToken cancellationToken)
    {
        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(-1);
        var awards = await db.Tenders.AsNoTracking().Where(t => t.StartDate >= since).OrderBy(t => t.StartDate).ThenBy(t => t.TenderId)
            .Take(TenderSuggestions).Select(t => t.AwardJson).ToListAsync(cancellationToken);
        Tenders = awards.Select(json => JsonSerializer.Deserialize<TenderAwarded>(json, ContractJson.Options)!).ToList();
        return Page();
    }

    /// <summary>A count the consultant may leave empty for the order's default; anything but a whole number is refused here, in Danish.</summary>
    private int? OptionalWholeNumber(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
        Add(field, "Skriv et helt tal, eller lad feltet stå tomt.");
        return null;
    }

    private void Add(string field, string message) => (Errors.TryGetValue(field, out var list) ? list : Errors[field] = []).Add(message);
}
