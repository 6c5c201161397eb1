using CandidateBank.Contracts;
using CandidateBank.Indexing;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Store;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Bus.Candidates;

/// <summary>
/// The retention sweep runs on one replica and erases the candidate from the shared store and its own index; the
/// expiry it publishes reaches every replica, whose index then drops the candidate too, unless the job centre has
/// published the candidate again since (the store says what is current).
/// </summary>
public sealed class CandidateProfileExpiredConsumer(CandidateBankDb db, CandidateIndex index, ErasurePurge purge) : IConsumer<CandidateProfileExpired>
{
    public async Task Consume(ConsumeContext<CandidateProfileExpired> context)
    {
        var key = new CandidateKey(Municipalities.Denmark.Canonical(context.Message.JobCentre ?? ""), context.Message.CandidateId ?? "");
        if (await db.Candidates.AsNoTracking().FindAsync(key, context.CancellationToken) is not null) return;
        index.Delete(key);
        index.Refresh();
        purge.Request([]);
    }
}
