using System.Text.Json;
using CandidateBank.Api.Auth;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Web.Pages;

public sealed record CandidateLine(string CandidateId, string JobCentre, string Headline, int Version, DateTimeOffset PublishedAt, bool Indexed);

/// <summary>A job centre's own candidates, filtered to it in SQL (an admin sees every job centre's), a page at a time.</summary>
public sealed class CandidatesModel(CandidateBankDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public string? JobCentre => User.IsAdmin() ? null : Municipalities.Denmark.Canonical(User.JobCentre() ?? "");
    public List<CandidateLine> Candidates { get; private set; } = [];
    public string? Next { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var own = JobCentre;
        var query = db.Candidates.AsNoTracking().Where(c => own == null || c.JobCentre == own);
        if (!string.IsNullOrWhiteSpace(Q)) query = query.Where(c => c.CandidateId.Contains(Q.Trim()));
        if (After is not null) query = query.Where(c => string.Compare(c.CandidateId, After) > 0);
        var page = await query.OrderBy(c => c.CandidateId).Take(PageSize + 1)
            .Select(c => new { c.CandidateId, c.JobCentre, c.Version, c.ProfileJson, c.PublishedAt, c.IndexedAt }).ToListAsync(cancellationToken);
        Candidates = page.Take(PageSize)
            .Select(c => new CandidateLine(c.CandidateId, c.JobCentre, JsonSerializer.Deserialize<CandidateProfile>(c.ProfileJson, ContractJson.Options)!.Headline, c.Version, c.PublishedAt, c.IndexedAt is not null))
            .ToList();
        if (page.Count > PageSize) Next = $"/app/candidates?q={Uri.EscapeDataString(Q ?? "")}&after={Uri.EscapeDataString(Candidates[^1].CandidateId)}";
    }
}
