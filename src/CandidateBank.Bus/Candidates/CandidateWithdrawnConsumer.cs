using CandidateBank.Bus.Partners;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Indexing;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Store;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Bus.Candidates;

/// <summary>Erases a withdrawn candidate from store, index and unsent shortlists. Withdrawing twice is harmless.</summary>
public sealed class CandidateWithdrawnConsumer(CandidateBankDb db, CandidateIndex index, ErasurePurge purge, OutboxSignal outbox) : IConsumer<CandidateWithdrawn>
{
    public async Task Consume(ConsumeContext<CandidateWithdrawn> context)
    {
        var withdrawn = context.Message;
        if (string.IsNullOrWhiteSpace(withdrawn.CandidateId))
            throw new InvalidMessageException("CandidateWithdrawn rejected: candidateId is required.");

        // The job centre's own id: another job centre's candidate with the same id is another candidate, left alone.
        var key = new CandidateKey(Municipalities.Denmark.Canonical(withdrawn.JobCentre ?? ""), withdrawn.CandidateId);
        var record = await db.Candidates.AsNoTracking().FindAsync(key, context.CancellationToken);
        if (record is null)
        {
            // Another replica erased it from the shared store first, or a crash left it in this index: out of this one too,
            // and off the disk within the purge window.
            index.Delete(key);
            index.Refresh();
            purge.Request([]);
            outbox.RequestRevision();
            return;
        }
        // The access log names who really asked: the partner's verified login on RabbitMQ, or, for a withdrawal CandidateBank
        // itself published (its own login, or the in-memory bus, where it is the only publisher), the API key that asked.
        var partner = context.TryGetPayload<BusCaller>(out var caller) && caller.JobCentre is not null;
        var actor = partner ? caller!.Actor : context.Headers.Get<string>(BusCaller.OnBehalfOfHeader) ?? record.JobCentre;
        await CandidateErasure.EraseAsync(db, index, purge, record, actor, "Trukket tilbage af jobcentret (ret til sletning)", withdrawn.WithdrawnAt, context.CancellationToken);
        // A shortlist email approved but not yet sent must not carry the erased profile, not even while it waits.
        outbox.RequestRevision();
    }
}
