using System.Threading.RateLimiting;
using CandidateBank.Api.Binding;
using CandidateBank.Api.JobOrders;
using CandidateBank.Delivery;
using CandidateBank.Matching.Validation;
using CandidateBank.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Feedback;

/// <param name="Hired">The references (as the email showed them, e.g. K-116578) of the candidates the company hired.</param>
public sealed record FeedbackRequest(int Rating, string? Comment = null, IReadOnlyList<string>? Hired = null);

/// <param name="NotRecorded">Hires that could not be recorded, and why (the consultant recorded another final outcome).</param>
public sealed record FeedbackAccepted(string JobOrderId, int Rating, int HiresRecorded, IReadOnlyList<string> NotRecorded);

/// <summary>
/// The company rates a shortlist 1–5 through the link in its email. No API key: the single-use token in the link is
/// the credential, so only its hash is stored, and guessing is rate-limited per client address.
/// </summary>
public static class FeedbackEndpoints
{
    public const string RateLimitPolicy = "feedback";
    private const int MaxCommentLength = 2000;

    public static RouteGroupBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/feedback").WithTags("Feedback").AllowAnonymous().RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/{token}", RateShortlist).WithName(nameof(RateShortlist))
            .WithSummary("Rate a shortlist with the single-use link from its email")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    public static async Task<Results<Ok<FeedbackAccepted>, ValidationProblem, ProblemHttpResult>> RateShortlist(
        string token, FeedbackRequest feedback, [FromHeader(Name = AcceptLanguage.Header)] string? acceptLanguage, CandidateBankDb db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var validation = new ValidationResult();
        validation.Require(feedback.Rating is >= 1 and <= 5, "rating",
            $"must be a whole number from 1 to 5, not {feedback.Rating}.", $"skal være et helt tal fra 1 til 5, ikke {feedback.Rating}.");
        validation.Require(feedback.Comment is null || feedback.Comment.Length <= MaxCommentLength, "comment",
            $"must be at most {MaxCommentLength} characters.", $"må højst være {MaxCommentLength} tegn.");
        MessageValidator.CheckFreeText(validation, "comment", feedback.Comment);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.ErrorsIn(AcceptLanguage.Preferred(acceptLanguage)));

        var hash = FeedbackTokens.Hash(token);
        var record = await db.Feedback.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash, cancellationToken);
        if (record is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown feedback link",
                detail: "This feedback link is not known. Use the link in the shortlist email.");
        if (record.RatedAt is not null)
            return TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Feedback already given",
                detail: $"This shortlist was rated at {record.RatedAt:O}; each link can be used once.");

        var sent = await OutcomeRecording.SentCandidatesAsync(db, record.JobOrderId, cancellationToken);
        var unknown = (feedback.Hired ?? []).Where(reference => sent.All(c => c.Reference != reference)).ToList();
        if (unknown.Count > 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["hired"] = unknown.Select(r => $"'{r}' is not a candidate on this shortlist; use the references the email shows.").ToArray(),
            });

        // Claimed in one conditional UPDATE: of concurrent uses of one link, exactly one finds it unrated.
        var ratedAt = clock.GetUtcNow();
        var comment = feedback.Comment?.Trim();
        var claimed = await db.Feedback.Where(f => f.TokenHash == hash && f.RatedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.Rating, feedback.Rating).SetProperty(f => f.Comment, comment).SetProperty(f => f.RatedAt, ratedAt), cancellationToken);
        if (claimed == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Feedback already given",
                detail: "This shortlist was rated a moment ago; each link can be used once.");
        // "Which of these did you hire?": recorded as the company's word, like the consultant's.
        var order = await db.JobOrders.FirstAsync(o => o.Id == record.JobOrderId, cancellationToken);
        var notRecorded = new List<string>();
        foreach (var hired in sent.Where(c => (feedback.Hired ?? []).Contains(c.Reference)))
            if (await OutcomeRecording.RecordAsync(db, order, order.Shortlist is { } shortlist ? hired.KeyOn(shortlist) : hired.Key(), Outcomes.Hired, "virksomheden", null, ratedAt, cancellationToken) is { } refusal)
                notRecorded.Add(refusal.Replace(hired.CandidateId, hired.Reference));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new FeedbackAccepted(record.JobOrderId, feedback.Rating, (feedback.Hired?.Count ?? 0) - notRecorded.Count, notRecorded));
    }

    /// <summary>
    /// Adds the feedback policy to the rate limiter the request limits set up (one middleware, one global budget per key);
    /// the policy's own 429 names this limit.
    /// </summary>
    public static IServiceCollection AddFeedbackRateLimit(this IServiceCollection services, int permitsPerMinute) =>
        services.AddRateLimiter(options => options.AddPolicy(RateLimitPolicy, new FeedbackRateLimitPolicy(permitsPerMinute)));
}

/// <summary>A fixed window of feedback calls per client address, so tokens cannot be guessed at speed.</summary>
public sealed class FeedbackRateLimitPolicy(int permitsPerMinute) : IRateLimiterPolicy<string>
{
    public RateLimitPartition<string> GetPartition(HttpContext http) => RateLimitPartition.GetFixedWindowLimiter(
        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ValueTask(TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"At most {permitsPerMinute} feedback requests a minute from one address; try again later.").ExecuteAsync(context.HttpContext));
    };
}
