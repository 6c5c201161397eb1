using System.Text.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Web.Pages;

/// <summary>
/// One order: its shortlist with the reasons, where its email stands, and the approval that sends it. Reading and
/// sending go through the API's own handlers, so the page can do exactly what the consultant's key may do over REST.
/// </summary>
/// <summary>How the consultant may reach a shortlisted candidate: the contact details when the citizen consented to share them, else the reference.</summary>
public sealed record CandidateContact(string Reference, Contact? Contact);

/// <summary>One company rating of one of the order's emails.</summary>
public sealed record CompanyRating(int Rating, string? Comment, DateTimeOffset At);

public sealed class OrderModel(CandidateBankDb db, OrderAccess access, ShortlistApproval approval, OutboxSignal outbox, TimeProvider clock,
    CandidateReferences references) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> OutcomeChoices =
        [(Outcomes.Contacted, "Kontaktet"), (Outcomes.Interview, "Til samtale"), (Outcomes.Hired, "Ansat"), (Outcomes.NotHired, "Ikke ansat"), (Outcomes.Declined, "Takkede nej")];

    public List<CandidateOutcomeView> CandidateOutcomes { get; private set; } = [];
    public GapReport? Gaps { get; private set; }
    public Dictionary<CandidateKey, CandidateContact> Contacts { get; private set; } = [];
    public List<CompanyRating> Ratings { get; private set; } = [];

    public JobOrderView? View { get; private set; }
    public Shortlist? Shortlist { get; private set; }
    public List<string> Errors { get; } = [];
    [TempData] public string? Message { get; set; }

    public bool LaterSend => View?.Delivery?.ApprovedAt is not null;
    public HashSet<CandidateKey> Offered { get; private set; } = [];
    public HashSet<CandidateKey> SentKeys { get; private set; } = [];

    /// <summary>How the outcome form names a sent candidate: as job centre/id, which the API reads whether or not the id is shared.</summary>
    public static string NameOf(CandidateOutcomeView sent) => sent.JobCentre.Length > 0 ? new CandidateKey(sent.JobCentre, sent.CandidateId).ToString() : sent.CandidateId;
    public bool CanSend => Offered.Count > 0 && View?.Status is JobOrderStatus.Shortlisted or JobOrderStatus.Sent or JobOrderStatus.DeliveryFailed;

    /// <summary>The form's redirect after a submit: an order not stored yet is being processed, not missing.</summary>
    [BindProperty(SupportsGet = true, Name = "modtaget")] public bool JustSubmitted { get; set; }

    public async Task OnGetAsync(string id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostSendAsync(string id, string[]? remove, bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            Errors.Add("Sæt kryds for at bekræfte, at listen må sendes til virksomheden.");
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        var sent = await ShortlistSending.SendShortlist(id, new SendShortlistRequest(remove ?? []), User, db, access, approval, outbox, cancellationToken);
        if (sent.Result is Accepted<DeliveryView> accepted)
        {
            var count = accepted.Value!.Candidates.Count(c => c.Send == accepted.Value.Sends.Max(s => s.Number));
            Message = $"Godkendt: {count} kandidat{(count == 1 ? "" : "er")} sendes nu til virksomheden.";
            return RedirectToPage(new { id });
        }
        return await RefusedAsync(id, sent.Result, cancellationToken);
    }

    /// <summary>As the email to the company would show them: contact details only with the citizen's consent to share them.</summary>
    private async Task<Dictionary<CandidateKey, CandidateContact>> ContactsAsync(IEnumerable<CandidateKey> candidates, CancellationToken cancellationToken) =>
        (await db.Candidates.AsNoTracking().ByKeysAsync(candidates, cancellationToken))
        .Select(c => (c.Key, Profile: JsonSerializer.Deserialize<CandidateProfile>(c.Value.ProfileJson, ContractJson.Options)!))
        .ToDictionary(c => c.Key, c => new CandidateContact(references.For(c.Key), c.Profile.Consent.ShareWithEmployers ? c.Profile.Contact : null));

    /// <summary>What became of a sent candidate, recorded through the API's rule (forward only, final states final).</summary>
    public async Task<IActionResult> OnPostOutcomeAsync(string id, string candidateId, string outcome, string? note, CancellationToken cancellationToken)
    {
        var recorded = await OutcomeRecording.RecordOutcome(id, new OutcomeRequest(candidateId, outcome, note), acceptLanguage: "da", User, db, access, clock,
            cancellationToken);
        if (recorded.Result is Ok<CandidateOutcomeView>)
        {
            Message = $"{candidateId}: {Danish.Outcome(outcome).ToLowerInvariant()} er noteret.";
            return RedirectToPage(new { id });
        }
        return await RefusedAsync(id, recorded.Result, cancellationToken);
    }

    /// <summary>The page again with the API's refusal, in the words a REST client asking for Danish gets.</summary>
    private async Task<IActionResult> RefusedAsync(string id, IResult refusal, CancellationToken cancellationToken)
    {
        if (refusal is ValidationProblem invalid) Errors.AddRange(invalid.ProblemDetails.Errors.SelectMany(e => e.Value));
        else if (refusal is ProblemHttpResult problem) Errors.Add(problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "Det lykkedes ikke.");
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>The employer no longer needs it: closed, as DELETE /api/v1/job-orders/{id} does.</summary>
    public async Task<IActionResult> OnPostCancelAsync(string id, bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm) Errors.Add("Sæt kryds for at bekræfte, at jobordren skal annulleres.");
        else if ((await JobOrderEndpoints.CancelJobOrder(id, User, db, access, cancellationToken)).Result is Ok<JobOrderView>)
        {
            Message = "Jobordren er annulleret. En kandidatliste, der ikke var sendt, sendes ikke.";
            return RedirectToPage(new { id });
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(string id, CancellationToken cancellationToken)
    {
        // One lookup through the API's access rule; the API's own helpers then read the order, shortlist and outcomes from it.
        if (await access.FindAsync(db, User, id, cancellationToken) is not { } record)
        {
            // Another job centre's order looks exactly like a missing one, as over REST.
            if (!JustSubmitted) Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        View = await JobOrderEndpoints.ViewAsync(record, db, cancellationToken);
        if ((await JobOrderEndpoints.ShortlistOfAsync(record, User, db, cancellationToken)).Result is Ok<Shortlist> shortlist) Shortlist = shortlist.Value!;
        if (Shortlist is not null)
        {
            Gaps = GapReport.From(Shortlist);
            Contacts = await ContactsAsync(Shortlist.Candidates.Select(c => c.Key()), cancellationToken);
        }
        Ratings = await db.Feedback.AsNoTracking().Where(f => f.JobOrderId == id && f.RatedAt != null)
            .Select(f => new CompanyRating(f.Rating!.Value, f.Comment, f.RatedAt!.Value)).ToListAsync(cancellationToken);
        CandidateOutcomes = await OutcomeRecording.OutcomesOfAsync(record, db, cancellationToken);
        SentKeys = Shortlist is null ? [] : (View.Delivery?.Candidates ?? []).Select(c => c.KeyOn(Shortlist)).ToHashSet();
        Offered = Shortlist is null ? [] : ShortlistApproval.Offered(Shortlist, await db.Tracking.AsNoTracking().FirstOrDefaultAsync(t => t.JobOrderId == id, cancellationToken))
            .Select(c => c.Key()).ToHashSet();
    }
}
