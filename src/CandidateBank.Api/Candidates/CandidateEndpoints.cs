using System.Security.Claims;
using System.Text.Json;
using CandidateBank.Api.AccessLog;
using CandidateBank.Api.Auth;
using CandidateBank.Api.Binding;
using CandidateBank.Api.Publishing;
using CandidateBank.Contracts;
using CandidateBank.Matching.Validation;
using CandidateBank.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.Candidates;

/// <summary>Job centres publish, read and withdraw their own candidates. Writes are accepted here and applied by the indexer.</summary>
public static class CandidateEndpoints
{
    public const int MaxBatchSize = 1000;

    public static RouteGroupBuilder MapCandidateEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/candidates").WithTags("Candidates").RequireAuthorization(Roles.JobCentrePolicy)
            .RefuseMalformedCandidateIds();
        group.MapPut("/{candidateId}", PublishCandidate).WithName(nameof(PublishCandidate))
            .WithSummary("Publish a candidate profile; a higher version replaces the stored one")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/batch", PublishCandidates).WithName(nameof(PublishCandidates))
            .WithSummary("Publish up to 1,000 candidate profiles at once: all or none")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{candidateId}", GetCandidate).WithName(nameof(GetCandidate))
            .WithSummary("Read a stored candidate profile").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{candidateId}", WithdrawCandidate).WithName(nameof(WithdrawCandidate))
            .WithSummary("Withdraw a candidate: erased from the store, the index and every unsent shortlist")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    public static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> PublishCandidate(
        string candidateId, CandidateProfile profile, [FromHeader(Name = AcceptLanguage.Header)] string? acceptLanguage, ClaimsPrincipal user,
        MessageValidator validator, CandidateBankDb db, ConfirmedPublisher bus, CancellationToken cancellationToken)
    {
        var validation = validator.Validate(profile);
        validation.Require(profile.CandidateId == candidateId, "candidateId",
            $"must equal the candidate id in the URL ('{candidateId}').", $"skal være det samme som kandidat-id'et i adressen ('{candidateId}').");
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.ErrorsIn(AcceptLanguage.Preferred(acceptLanguage)));
        profile = validator.Canonical.Of(profile);
        if (!user.ActsFor(profile.JobCentre)) return NotYourJobCentre(user, profile.JobCentre);
        if (await VersionConflicts(db, validator.Canonical, [profile], cancellationToken) is [var conflict, ..]) return conflict;

        if (await bus.Publish(profile, cancellationToken) is { } unavailable) return unavailable;
        return TypedResults.Accepted($"/api/v1/candidates/{Uri.EscapeDataString(candidateId)}");
    }

    public static async Task<Results<Accepted<BatchAccepted>, ValidationProblem, ProblemHttpResult>> PublishCandidates(
        List<CandidateProfile> profiles, [FromHeader(Name = AcceptLanguage.Header)] string? acceptLanguage, ClaimsPrincipal user,
        MessageValidator validator, CandidateBankDb db, ConfirmedPublisher bus, CancellationToken cancellationToken)
    {
        var language = AcceptLanguage.Preferred(acceptLanguage);
        var validation = new ValidationResult();
        if (profiles.Count > MaxBatchSize)
            validation.Add("", $"A batch holds at most {MaxBatchSize} profiles; this one has {profiles.Count}.",
                $"En samling rummer højst {MaxBatchSize} profiler; denne har {profiles.Count}.");
        else
            for (var i = 0; i < profiles.Count; i++)
            {
                if (profiles[i] is null) validation.Add($"[{i}]", "must be a profile, not null.", "skal være en profil, ikke null.");
                else validation.AddAll($"[{i}].", validator.Validate(profiles[i]));
            }
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.ErrorsIn(language));

        profiles = profiles.Select(validator.Canonical.Of).ToList();
        var duplicates = string.Join(", ", profiles.GroupBy(CandidateKey.Of).Where(g => g.Count() > 1).Select(g => g.Key.CandidateId));
        validation.Require(duplicates.Length == 0, "candidateId", $"appears more than once in the batch: {duplicates}.", $"står mere end én gang i samlingen: {duplicates}.");
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.ErrorsIn(language));
        if (profiles.FirstOrDefault(p => !user.ActsFor(p.JobCentre)) is { } foreign) return NotYourJobCentre(user, foreign.JobCentre);
        if (await VersionConflicts(db, validator.Canonical, profiles, cancellationToken) is [var conflict, ..]) return conflict;

        if (await bus.PublishBatch(profiles, cancellationToken) is { } unavailable) return unavailable;
        return TypedResults.Accepted((string?)null, new BatchAccepted(profiles.Count));
    }

    /// <summary>
    /// A profile whose version is stored with other content is a 409 naming the stored version (the bus dead-letters it
    /// with the same words); an identical resend passes. Only the job centre's own candidates are compared (ids are each
    /// job centre's own), so the answer tells nobody about another job centre's ids.
    /// </summary>
    private static async Task<List<ProblemHttpResult>> VersionConflicts(CandidateBankDb db, CanonicalForms canonical,
        IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken)
    {
        var stored = await db.Candidates.AsNoTracking().ByKeysAsync(profiles.Select(CandidateKey.Of), cancellationToken);
        return profiles
            .Where(p => stored.TryGetValue(CandidateKey.Of(p), out var s) && s.Version == p.Version
                && !canonical.SameContent(JsonSerializer.Deserialize<CandidateProfile>(s.ProfileJson, ContractJson.Options)!, p))
            .Select(p => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This version is already stored",
                detail: CanonicalForms.VersionConflict(p.CandidateId, p.Version)))
            .ToList();
    }

    public static async Task<Results<Ok<StoredCandidate>, ProblemHttpResult>> GetCandidate(
        string candidateId, ClaimsPrincipal user, CandidateBankDb db, CancellationToken cancellationToken, string? jobCentre = null)
    {
        // Another job centre's candidate is not there at all: existence is personal data too.
        var (record, problem) = await OwnCandidates.FindAsync(db, user, candidateId, jobCentre, cancellationToken);
        if (problem is not null) return problem;
        if (record!.IndexedAt is null) return OwnCandidates.NotFound(candidateId);
        if (!string.Equals(user.JobCentre(), record.JobCentre, StringComparison.OrdinalIgnoreCase))
            await db.RecordOpenedAsync(user, record, cancellationToken); // an admin looking at another job centre's citizen
        var profile = JsonSerializer.Deserialize<CandidateProfile>(record.ProfileJson, ContractJson.Options)!;
        return TypedResults.Ok(new StoredCandidate(profile, record.Version, record.PublishedAt, record.IndexedAt));
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> WithdrawCandidate(
        string candidateId, ClaimsPrincipal user, CandidateBankDb db, ConfirmedPublisher bus, CancellationToken cancellationToken, string? jobCentre = null)
    {
        var (record, problem) = await OwnCandidates.FindAsync(db, user, candidateId, jobCentre, cancellationToken);
        if (problem is not null) return problem;

        var withdrawn = new CandidateWithdrawn { CandidateId = candidateId, JobCentre = record!.JobCentre };
        if (await bus.PublishOnBehalfOf(withdrawn, user.Identity?.Name ?? record.JobCentre, cancellationToken) is { } unavailable) return unavailable;
        return TypedResults.Accepted((string?)null);
    }

    private static ProblemHttpResult NotYourJobCentre(ClaimsPrincipal user, string jobCentre) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your job centre's candidate",
            detail: $"The key acts for job centre '{user.JobCentre()}' and may not publish candidates of '{jobCentre}'.");
}
