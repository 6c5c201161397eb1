using CandidateBank.Api.JobOrders;
using CandidateBank.Delivery;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CandidateBank.Web.Pages;

/// <summary>
/// The orders the consultant may read, earliest deadline first (or newest first), with those at risk and overdue marked: the
/// list the API gives, and its refusal (HTTP 400) of a filter or order it does not know.
/// </summary>
public sealed class OrdersModel(CandidateBankDb db, OrderAccess access, TimeProvider clock, IOptions<PromiseOptions> promise) : PageModel
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<(string Value, string Label)> Filters =
        [("open", "Åbne"), ("", "Alle"), (JobOrderStatus.Shortlisted, "Klar til at sende"), (JobOrderStatus.Sent, "Sendt"), (JobOrderStatus.Filled, "Besat"), (JobOrderStatus.Closed, "Annulleret")];

    [BindProperty(SupportsGet = true)] public string? Status { get; set; } = "open";

    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public IReadOnlyList<JobOrderSummary> Orders { get; private set; } = [];
    public string? Next { get; private set; }
    public string? Problem { get; private set; }

    public bool AtRisk(JobOrderSummary order) =>
        !order.Overdue && JobOrderStatus.Unsent.Contains(order.Status) && order.Deadline - clock.GetUtcNow() < TimeSpan.FromHours(promise.Value.AtRiskHours);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Filters go to the API as given, so an unknown one is refused here as it is over REST, not quietly ignored.
        var result = await JobOrderListing.ListJobOrders(User, db, access, clock, HttpContext, cancellationToken, status: NullIfEmpty(Status), limit: PageSize,
            after: NullIfEmpty(After), sort: NullIfEmpty(Sort));
        // The listing says there is a next page in a Link header, meant for API clients; the page shows a link instead.
        var more = HttpContext.Response.Headers.Remove("Link");
        switch (result.Result)
        {
            case Ok<List<JobOrderSummary>> ok:
                Orders = ok.Value!;
                if (more) Next = $"/app/orders?status={Uri.EscapeDataString(Status ?? "")}&sort={Uri.EscapeDataString(Sort ?? "")}&after={Orders[^1].Id}";
                break;
            case ValidationProblem invalid:
                Problem = string.Join(" ", invalid.ProblemDetails.Errors.SelectMany(e => e.Value));
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
