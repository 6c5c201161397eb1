using System.Security.Claims;
using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Matching.Validation;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.JobOrders;

/// <summary>A step the consultant records for a candidate sent on the order: contacted, interview, hired, not-hired, declined.</summary>
public sealed record OutcomeRequest(string CandidateId, string Outcome, string? Note = null);

public sealed record OutcomeStep(string Outcome, DateTimeOffset At, string By, string? Note);

/// <summary>Where a sent candidate stands on the order (<c>sent</c> until something is recorded), with every step as told.</summary>
public sealed record CandidateOutcomeView(string CandidateId, string Reference, string Outcome, IReadOnlyList<OutcomeStep> History);

/// <summary>
/// What became of the candidates an order sent: the consultant records each step, who and when are kept, and the
/// order is filled once as many are hired as it has positions. Only candidates the order's email named can have one.
/// </summary>
public static class OutcomeRecording
{
    private const int MaxNoteLength = 500;

    public static async Task<Results<Ok<CandidateOutcomeView>, ProblemHttpResult, ValidationProblem>> RecordOutcome(
        string id, OutcomeRequest request, ClaimsPrincipal user, CandidateBankDb db, OrderAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var record = await access.FindAsync(db, user, id, cancellationToken);
        if (record is null) return JobOrderProblems.NotFound(id);
        var validation = new ValidationResult();
        validation.Require(Outcomes.Recordable.Contains(request.Outcome), "outcome", $"'{request.Outcome}' is not an outcome; use one of {string.Join(", ", Outcomes.Recordable)}.");
        validation.Require(request.Note is null || request.Note.Length <= MaxNoteLength, "note", $"must be at most {MaxNoteLength} characters.");
        validation.Require(!PersonalDataScanner.ContainsCpr(request.Note), "note", "must not hold a CPR number.");
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var sent = await SentCandidatesAsync(db, id, cancellationToken);
        if (sent.All(c => c.CandidateId != request.CandidateId))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Candidate not sent on this order",
                detail: $"Candidate '{request.CandidateId}' was not in the email job order '{id}' sent; outcomes are recorded for the candidates it named.");
        if (await RecordAsync(db, record, request.CandidateId, request.Outcome, user.Identity?.Name ?? "", request.Note, clock.GetUtcNow(), cancellationToken) is { } refusal)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Outcome does not follow", detail: refusal);
        await db.SaveChangesAsync(cancellationToken);

        var candidate = sent.First(c => c.CandidateId == request.CandidateId);
        return TypedResults.Ok(View(candidate, (await HistoryAsync(db, id, cancellationToken)).GetValueOrDefault(candidate.CandidateId)));
    }

    /// <summary>
    /// Adds one step for a candidate the order's email named (to be saved by the caller), filling the order when as many
    /// are hired as it has positions; the refusal in our words when the step does not follow, else null.
    /// </summary>
    public static async Task<string?> RecordAsync(CandidateBankDb db, JobOrderRecord record, string candidateId, string outcome, string by, string? note,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        var history = await HistoryAsync(db, record.Id, cancellationToken);
        var current = history.GetValueOrDefault(candidateId)?.LastOrDefault()?.Outcome ?? Outcomes.Sent;
        if (Outcomes.Refusal(current, outcome) is { } refusal) return $"Candidate '{candidateId}': {refusal}";
        db.Outcomes.Add(new CandidateOutcome { JobOrderId = record.Id, CandidateId = candidateId, Outcome = outcome, RecordedAt = at, RecordedBy = by, Note = note?.Trim() });
        record.Touch(at);
        var hired = history.Count(h => h.Key != candidateId && h.Value[^1].Outcome == Outcomes.Hired) + (outcome == Outcomes.Hired ? 1 : 0);
        if (hired >= record.Order.Positions && record.Status == JobOrderStatus.Sent) record.Filled();
        return null;
    }

    public static async Task<Results<Ok<List<CandidateOutcomeView>>, ProblemHttpResult>> GetOutcomes(
        string id, ClaimsPrincipal user, CandidateBankDb db, OrderAccess access, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(db, user, id, cancellationToken) is not { } record) return JobOrderProblems.NotFound(id);
        return TypedResults.Ok(await OutcomesOfAsync(record, db, cancellationToken));
    }

    /// <summary>
    /// Where each sent candidate stands, as GET /api/v1/job-orders/{id}/outcomes gives it, for a record the caller found
    /// through <see cref="OrderAccess"/>: lets a caller that already holds the order skip a second lookup of it.
    /// </summary>
    public static async Task<List<CandidateOutcomeView>> OutcomesOfAsync(JobOrderRecord record, CandidateBankDb db, CancellationToken cancellationToken)
    {
        var history = await HistoryAsync(db, record.Id, cancellationToken);
        return (await SentCandidatesAsync(db, record.Id, cancellationToken)).Select(c => View(c, history.GetValueOrDefault(c.CandidateId))).ToList();
    }

    private static CandidateOutcomeView View(SentCandidate candidate, List<CandidateOutcome>? steps) =>
        new(candidate.CandidateId, candidate.Reference, steps?.LastOrDefault()?.Outcome ?? Outcomes.Sent,
            (steps ?? []).Select(s => new OutcomeStep(s.Outcome, s.RecordedAt, s.RecordedBy, s.Note)).ToList());

    public static async Task<List<SentCandidate>> SentCandidatesAsync(CandidateBankDb db, string id, CancellationToken cancellationToken) =>
        SentCandidate.Read(await db.Tracking.AsNoTracking().Where(t => t.JobOrderId == id).Select(t => t.SentCandidatesJson).FirstOrDefaultAsync(cancellationToken));

    private static async Task<Dictionary<string, List<CandidateOutcome>>> HistoryAsync(CandidateBankDb db, string id, CancellationToken cancellationToken) =>
        (await db.Outcomes.AsNoTracking().Where(o => o.JobOrderId == id).OrderBy(o => o.Id).ToListAsync(cancellationToken))
            .GroupBy(o => o.CandidateId).ToDictionary(g => g.Key, g => g.ToList());
}
