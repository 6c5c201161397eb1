using CandidateBank.Api.Tenders;
using CandidateBank.Matching.Demand;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CandidateBank.Web.Pages;

/// <summary>The outreach list the API gives (<c>GET /api/v1/outreach</c>): awards starting soon, with the candidates the bank has for them.</summary>
public sealed class OutreachModel(CandidateBankDb db, TenderCoverage coverage, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int WithinDays { get; set; } = 90;

    public List<OutreachLead> Leads { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        WithinDays = Math.Clamp(WithinDays, 1, 730);
        if ((await CompanyEndpoints.GetOutreach(db, coverage, clock, cancellationToken, WithinDays)).Result is Ok<List<OutreachLead>> leads) Leads = leads.Value!;
    }
}
