using System.Security.Claims;
using CandidateBank.Contracts;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.AccessLog;

/// <summary>Writes the access log entries for what an endpoint is about to disclose, before it discloses it.</summary>
public static class AccessTrail
{
    public static async Task RecordShortlistShownAsync(this CandidateBankDb db, ClaimsPrincipal user, Shortlist shortlist, string purpose, CancellationToken cancellationToken)
    {
        var shown = shortlist.Candidates.Select(c => (Candidate: c.Key(), Action: AccessActions.ShownInShortlist))
            .Concat(shortlist.NearMisses.Select(n => (Candidate: n.Key(), Action: AccessActions.ShownAsNearMiss)))
            .ToList();
        var ids = shown.Select(s => s.Candidate.CandidateId).Distinct().ToList();
        // Only candidates still stored are logged, each under its own job centre (a near-miss stored before shortlists
        // named it takes it from the store).
        var stored = (await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.CandidateId)).Select(c => new { c.JobCentre, c.CandidateId })
            .ToListAsync(cancellationToken)).Select(c => new CandidateKey(c.JobCentre, c.CandidateId)).ToList();
        var at = DateTimeOffset.UtcNow;
        db.AccessLog.AddRange(shown.SelectMany(s => stored.Where(s.Candidate.Matches).Select(owner => new AccessLogEntry
        {
            CandidateId = owner.CandidateId, JobCentre = owner.JobCentre, At = at, Actor = user.Identity?.Name ?? "?",
            Action = s.Action, JobOrderId = shortlist.JobOrderId, Purpose = purpose,
        })));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task RecordOpenedAsync(this CandidateBankDb db, ClaimsPrincipal user, CandidateRecord candidate, CancellationToken cancellationToken)
    {
        db.AccessLog.Add(new AccessLogEntry
        {
            CandidateId = candidate.CandidateId, JobCentre = candidate.JobCentre, At = DateTimeOffset.UtcNow,
            Actor = user.Identity?.Name ?? "?", Action = AccessActions.Opened, Purpose = "Profilen åbnet via API",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
