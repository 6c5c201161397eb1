using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Shortlisting;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Indexing;

/// <summary>
/// Right to erasure and retention: the profile leaves the store, the index and every shortlist (what was emailed is
/// recorded in the access log), and soon after every file on disk (<see cref="ErasurePurge"/>). Only the access log
/// keeps the candidate id, with a line saying when and why the profile was erased.
/// </summary>
public static class CandidateErasure
{
    public static async Task EraseAsync(CandidateBankDb db, CandidateIndex index, ErasurePurge purge, CandidateRecord record, string actor, string purpose,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        var sentOn = await db.AccessLog.Where(e => e.JobCentre == record.JobCentre && e.CandidateId == record.CandidateId && e.Action == AccessActions.SentToCompany && e.JobOrderId != null)
            .Select(e => e.JobOrderId!).Distinct().ToListAsync(cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var holding = await db.JobOrders.HoldingCandidate(record.CandidateId).ToListAsync(cancellationToken);
            foreach (var order in holding) order.Revise(order.Shortlist!.Without(record.Key()));
            db.AccessLog.Add(new AccessLogEntry { CandidateId = record.CandidateId, JobCentre = record.JobCentre, At = at, Actor = actor, Action = AccessActions.Withdrawn, Purpose = purpose });
            await db.SaveChangesAsync(cancellationToken);
            await db.Candidates.Where(c => c.JobCentre == record.JobCentre && c.CandidateId == record.CandidateId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        index.Delete(record.Key());
        index.Refresh();
        purge.Request(sentOn);
    }
}
