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
        var shown = shortlist.Candidates.Select(c => (c.CandidateId, AccessActions.ShownInShortlist))
            .Concat(shortlist.NearMisses.Select(n => (n.CandidateId, AccessActions.ShownAsNearMiss)))
            .ToList();
        var ids = shown.Select(s => s.CandidateId).ToList();
        // The owner is read from the store: the entry must name it even after the profile is erased.
        var owners = await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.CandidateId))
            .ToDictionaryAsync(c => c.CandidateId, c => c.JobCentre, cancellationToken);
        var at = DateTimeOffset.UtcNow;
        db.AccessLog.AddRange(shown.Where(s => owners.ContainsKey(s.CandidateId)).Select(s => new AccessLogEntry
        {
            CandidateId = s.CandidateId, JobCentre = owners[s.CandidateId], At = at, Actor = user.Identity?.Name ?? "?",
            Action = s.Item2, JobOrderId = shortlist.JobOrderId, Purpose = purpose,
        }));
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
