using CandidateBank.Api.Metrics;
using CandidateBank.Matching.Geography;
using CandidateBank.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CandidateBank.Web.Pages;

/// <summary>How the one-day promise is kept per job centre and network (<c>GET /api/v1/metrics/turnaround</c>), with a chart drawn on the server.</summary>
public sealed class TurnaroundModel(CandidateBankDb db, RecruitmentNetworks networks, TimeProvider clock) : PageModel
{
    public TurnaroundReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Report = (await MetricsEndpoints.GetTurnaround(db, networks, clock, cancellationToken)).Value;
}
