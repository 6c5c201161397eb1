using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CandidateBank.Api.JobOrders;

public static class JobOrderProblems
{
    public static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Job order not found",
            detail: $"No job order '{id}' has been received. A just-submitted order appears within a moment.");

    public static ProblemHttpResult Cancelled(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Job order cancelled",
            detail: $"Job order '{id}' was cancelled (status 'closed'): nothing is sent for it.");

    public static ProblemHttpResult Over(string id, string status) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Job order over",
            detail: $"Job order '{id}' is '{status}': its life is over and nothing more is sent for it.");

    public static ProblemHttpResult NothingToSend(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "No qualified candidates to send",
            detail: $"The shortlist of job order '{id}' holds no qualified candidate, so nothing is emailed to the company; " +
                    "its near-misses and candidates to verify are for the consultant to follow up.");

    public static ProblemHttpResult ShortlistNotReady(string id, string status) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Shortlist not ready",
            detail: $"Job order '{id}' is '{status}'; its shortlist is ready once the status is 'shortlisted'.");
}
