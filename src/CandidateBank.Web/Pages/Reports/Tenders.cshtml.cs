using CandidateBank.Api.Binding;
using CandidateBank.Api.Tenders;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CandidateBank.Web.Pages;

/// <summary>The tender register as <c>GET /api/v1/tenders</c> gives it: any spelling of the municipality, dates as people type them.</summary>
public sealed class TendersModel(CandidateBankDb db, RecruitmentNetworks networks, TradeVocabulary vocabulary, Municipalities municipalities) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Municipality { get; set; }
    [BindProperty(SupportsGet = true)] public string? Trade { get; set; }
    [BindProperty(SupportsGet = true)] public string? StartsAfter { get; set; }

    public List<TenderAwarded> Tenders { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DateParameter? after = null;
        if (!string.IsNullOrWhiteSpace(StartsAfter))
        {
            if (!DateParameter.TryParse(StartsAfter, null, out var parsed))
            {
                Error = $"\"{StartsAfter}\" er ikke en dato; skriv f.eks. 2027-03-01 eller 01-03-2027.";
                return;
            }
            after = parsed;
        }
        Tenders = (await TenderEndpoints.ListTenders(db, networks, vocabulary, municipalities, Blank(Municipality), null, Blank(Trade), after, null, cancellationToken)).Value!;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
