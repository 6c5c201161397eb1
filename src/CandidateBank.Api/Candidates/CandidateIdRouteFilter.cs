using CandidateBank.Matching.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CandidateBank.Api.Candidates;

/// <summary>
/// Refuses a <c>{candidateId}</c> in the URL that no candidate can have (400 naming the rule) before any lookup, so
/// reading, erasing and the access log answer a malformed id as the publish door does, not with a 404 that suggests
/// such a candidate might exist elsewhere.
/// </summary>
public static class CandidateIdRouteFilter
{
    public static RouteGroupBuilder RefuseMalformedCandidateIds(this RouteGroupBuilder group) =>
        group.ProducesValidationProblem().AddEndpointFilter(async (context, next) =>
            context.HttpContext.GetRouteValue("candidateId") is string id && CandidateIds.Problem(id) is { } problem
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["candidateId"] = [problem] },
                    detail: $"'{id}' is not a candidate id.")
                : await next(context));
}
