using System.Security.Claims;
using System.Text.Json;
using CandidateBank.Api.Binding;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Matching.Validation;
using CandidateBank.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.JobOrders;

/// <summary>A step the consultant records for a candidate sent on the order: contacted, interview, hired, not-hired, declined.</summary>
/// <param name="CandidateId">The candidate's id, or <c>jobCentre/id</c> when two job centres' candidates on the order share it.</param>
public sealed record OutcomeRequest(string CandidateId, string Outcome, string? Note = null);

public sealed record OutcomeStep(string Outcome, DateTimeOffset At, string By, string? Note);

/// <summary>Where a sent candidate stands on the order (<c>sent</c> until something is recorded), with every step as told.</summary>
public sealed record CandidateOutcomeView(string CandidateId, string Reference, string Outcome, IReadOnlyList<OutcomeStep> History, string JobCentre = "");

/// <summary>
/// What became of the candidates an order sent: the consultant records each step, who and when are kept, and the
/// order is filled once as many are hired as it has positions. Only candidates the order's email named can have one.
/// </summary>
public static class OutcomeRecording
{
    private const int MaxNoteLength = 500;

    public static async Task<Results<Ok<CandidateOutcomeView>, ProblemHttpResult, ValidationProblem>> RecordOutcome(
        string id, OutcomeRequest request, [FromHeader(Name = AcceptLanguage.Header)] string? acceptLanguage, ClaimsPrincipal user, CandidateBankDb db,
        OrderAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var record = await access.FindAsync(db, user, id, cancellationToken);
        if (record is null) return JobOrderProblems.NotFound(id);
        var validation = new ValidationResult();
        var outcomes = string.Join(", ", Outcomes.Recordable);
        validation.Require(Outcomes.Recordable.Contains(request.Outcome), "outcome",
            $"'{request.Outcome}' is not an outcome; use one of {outcomes}.", $"'{request.Outcome}' er ikke et udfald; brug et af {outcomes}.");
        validation.Require(request.Note is null || request.Note.Length <= MaxNoteLength, "note",
            $"must be at most {MaxNoteLength} characters.", $"må højst være {MaxNoteLength} tegn.");
        MessageValidator.CheckFreeText(validation, "note", request.Note);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.ErrorsIn(AcceptLanguage.Preferred(acceptLanguage)));

        var sent = SentKeys(record, await SentCandidatesAsync(db, id, cancellationToken));
        var (candidate, ambiguous) = CandidateNames.Resolve(request.CandidateId ?? "", sent, c => c.Key);
        if (ambiguous is not null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["candidateId"] = [ambiguous] });
        if (candidate is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Candidate not sent on this order",
                detail: $"Candidate '{request.CandidateId}' was not in the email job order '{id}' sent; outcomes are recorded for the candidates it named.");
        if (await RecordAsync(db, record, candidate.Key, request.Outcome, user.Identity?.Name ?? "", request.Note, clock.GetUtcNow(), cancellationToken) is { } refusal)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Outcome does not follow", detail: refusal);
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(View(candidate, await HistoryAsync(db, id, cancellationToken)));
    }

    /// <summary>A sent candidate with their key (taken from the shortlist for a delivery recorded before keys named the job centre).</summary>
    public sealed record SentKey(SentCandidate Sent, CandidateKey Key);

    public static List<SentKey> SentKeys(JobOrderRecord record, IEnumerable<SentCandidate> sent) =>
        sent.Select(c => new SentKey(c, record.Shortlist is { } shortlist ? c.KeyOn(shortlist) : c.Key())).ToList();

    /// <summary>
    /// Adds one step for a candidate the order's email named (to be saved by the caller), filling the order when as many
    /// are hired as it has positions; the refusal in our words when the step does not follow, else null.
    /// </summary>
    public static async Task<string?> RecordAsync(CandidateBankDb db, JobOrderRecord record, CandidateKey candidate, string outcome, string by, string? note,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        var history = await HistoryAsync(db, record.Id, cancellationToken);
        var current = Current(history, candidate);
        if (Outcomes.Refusal(current, outcome) is { } refusal) return $"Candidate '{candidate.CandidateId}': {refusal}";
        db.Outcomes.Add(new CandidateOutcome
        {
            JobOrderId = record.Id, CandidateId = candidate.CandidateId, JobCentre = candidate.JobCentre, Outcome = outcome, RecordedAt = at, RecordedBy = by, Note = note?.Trim(),
        });
        record.Touch(at);
        var others = SentKeys(record, await SentCandidatesAsync(db, record.Id, cancellationToken)).Where(c => c.Key != candidate);
        var hired = others.Count(c => Current(history, c.Key) == Outcomes.Hired) + (outcome == Outcomes.Hired ? 1 : 0);
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
        return SentKeys(record, await SentCandidatesAsync(db, record.Id, cancellationToken)).Select(c => View(c, history)).ToList();
    }

    private static CandidateOutcomeView View(SentKey candidate, List<CandidateOutcome> history)
    {
        var steps = StepsOf(history, candidate.Key);
        return new(candidate.Key.CandidateId, candidate.Sent.Reference, steps.LastOrDefault()?.Outcome ?? Outcomes.Sent,
            steps.Select(s => new OutcomeStep(s.Outcome, s.RecordedAt, s.RecordedBy, s.Note)).ToList(), candidate.Key.JobCentre);
    }

    /// <summary>One candidate's steps, rows recorded before outcomes named the job centre included.</summary>
    private static List<CandidateOutcome> StepsOf(List<CandidateOutcome> history, CandidateKey candidate) =>
        history.Where(o => new CandidateKey(o.JobCentre, o.CandidateId).Matches(candidate)).ToList();

    private static string Current(List<CandidateOutcome> history, CandidateKey candidate) => StepsOf(history, candidate).LastOrDefault()?.Outcome ?? Outcomes.Sent;

    public static async Task<List<SentCandidate>> SentCandidatesAsync(CandidateBankDb db, string id, CancellationToken cancellationToken) =>
        SentCandidate.Read(await db.Tracking.AsNoTracking().Where(t => t.JobOrderId == id).Select(t => t.SentCandidatesJson).FirstOrDefaultAsync(cancellationToken));

    private static Task<List<CandidateOutcome>> HistoryAsync(CandidateBankDb db, string id, CancellationToken cancellationToken) =>
        db.Outcomes.AsNoTracking().Where(o => o.JobOrderId == id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
}
