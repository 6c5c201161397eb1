using CandidateBank.Api.AccessLog;
using CandidateBank.Api.Candidates;
using CandidateBank.Api.Publishing;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CandidateBank.Web.Pages;

/// <summary>
/// One of the job centre's candidates: the profile, who has seen it (the answer to a citizen's access request) and
/// erasure. Each goes through the API's own handler, so another job centre's candidate looks exactly like a missing one.
/// </summary>
public sealed class CandidateModel(CandidateBankDb db, ConfirmedPublisher bus) : PageModel
{
    public StoredCandidate? Stored { get; private set; }
    public List<AccessLogView> AccessLog { get; private set; } = [];
    public string? Error { get; private set; }
    [TempData] public string? Message { get; set; }

    /// <summary>Which job centre's candidate an admin opens when two job centres use the id (a job centre user always opens its own).</summary>
    [BindProperty(SupportsGet = true)] public string? JobCentre { get; set; }

    public async Task OnGetAsync(string candidateId, CancellationToken cancellationToken) => await LoadAsync(candidateId, cancellationToken);

    public async Task<IActionResult> OnPostEraseAsync(string candidateId, bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            Error = "Sæt kryds for at bekræfte sletningen.";
            await LoadAsync(candidateId, cancellationToken);
            return Page();
        }
        switch ((await CandidateEndpoints.WithdrawCandidate(candidateId, User, db, bus, cancellationToken, JobCentre)).Result)
        {
            case Accepted:
                Message = $"Kandidat {candidateId} slettes nu fra banken, indekset og de kandidatlister, der ikke er sendt.";
                return Redirect("/app/candidates");
            case ProblemHttpResult problem when problem.StatusCode == StatusCodes.Status404NotFound:
                await LoadAsync(candidateId, cancellationToken);
                return Page();
            case ProblemHttpResult problem:
                Error = problem.ProblemDetails.Detail;
                break;
        }
        await LoadAsync(candidateId, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(string candidateId, CancellationToken cancellationToken)
    {
        if ((await CandidateEndpoints.GetCandidate(candidateId, User, db, cancellationToken, JobCentre)).Result is not Ok<StoredCandidate> found)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Stored = found.Value!;
        if ((await AccessLogEndpoints.GetAccessLog(candidateId, User, db, cancellationToken, JobCentre)).Result is Ok<List<AccessLogView>> log) AccessLog = log.Value!;
    }
}
