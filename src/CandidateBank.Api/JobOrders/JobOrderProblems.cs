using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CandidateBank.Api.JobOrders;

public static class JobOrderProblems
{
    public static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Job order not found",
            detail: $"No job order '{id}' has been received. A just-submitted order appears within a moment.");

    public static ProblemHttpResult ShortlistNotReady(string id, string status) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Shortlist not ready",
            detail: $"Job order '{id}' is '{status}'; its shortlist is ready once the status is 'shortlisted'.");
}
