using CandidateBank.Api.Auth;
using CandidateBank.Matching.Index;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CandidateBank.Api.Vocabulary;

/// <summary>An unrecognised name as the API shows it: what kind, as written, how many candidates hold it, and from which job centres.</summary>
public sealed record UnrecognisedNameView(string Kind, string Name, int Candidates, IReadOnlyDictionary<string, int> JobCentres);

/// <summary>
/// What the vocabulary did not recognise in the bank, so it can grow from real data: the certificate and occupation
/// names in stored profiles that matched no entry. Counts and job centre names only, no person, so every consultant
/// sees the whole bank's list.
/// </summary>
public static class VocabularyEndpoints
{
    private const int DefaultLimit = 200, MaxLimit = 5_000;

    public static RouteGroupBuilder MapVocabularyEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/vocabulary").WithTags("Vocabulary").RequireAuthorization(Roles.ConsultantPolicy);
        group.MapGet("/unrecognised", GetUnrecognised).WithName(nameof(GetUnrecognised))
            .WithSummary("Certificate and occupation names in stored profiles that the vocabulary recognised nothing in, most frequent first");
        return group;
    }

    public static Results<Ok<List<UnrecognisedNameView>>, ProblemHttpResult> GetUnrecognised(CandidateIndex index, string? kind = null, int limit = DefaultLimit)
    {
        UnrecognisedKind? wanted = kind?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "certificate" => UnrecognisedKind.Certificate,
            "occupation" => UnrecognisedKind.Occupation,
            _ => (UnrecognisedKind)(-1),
        };
        if (wanted is (UnrecognisedKind)(-1)) return Problem($"kind must be certificate or occupation, not '{kind}'.");
        if (limit is < 1 or > MaxLimit) return Problem($"limit must be between 1 and {MaxLimit}, not {limit}.");
        return TypedResults.Ok(index.UnrecognisedNames()
            .Where(n => wanted is null || n.Kind == wanted)
            .Take(limit)
            .Select(n => new UnrecognisedNameView(n.Kind.ToString().ToLowerInvariant(), n.Name, n.Candidates, n.ByJobCentre))
            .ToList());
    }

    private static ProblemHttpResult Problem(string detail) =>
        TypedResults.Problem(title: "Invalid query", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
