using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Validation;
using CandidateBank.Store;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Indexer.Candidates;

/// <summary>Stores a published profile and indexes it. Idempotent: an equal or older version changes nothing but the retention clock.</summary>
public sealed class CandidateProfileConsumer(CandidateBankDb db, CandidateIndex index, MessageValidator validator,
    TimeProvider clock, ILogger<CandidateProfileConsumer> logger) : IConsumer<CandidateProfile>
{
    public async Task Consume(ConsumeContext<CandidateProfile> context)
    {
        var profile = context.Message;
        var validation = validator.Validate(profile);
        if (!validation.IsValid) throw new InvalidMessageException($"CandidateProfile rejected: {validation}");

        var record = await db.Candidates.FindAsync([profile.CandidateId], context.CancellationToken);
        if (record is not null && record.Version >= profile.Version)
        {
            // Re-publishing the stored version confirms the profile is current: it restarts the retention period.
            if (record.Version == profile.Version) await Refreshed(record, context.CancellationToken);
            logger.LogInformation("Ignored candidate {CandidateId} version {Version}: version {Stored} is stored", profile.CandidateId, profile.Version, record.Version);
            return;
        }
        if (record is not null && record.JobCentre != profile.JobCentre)
            throw new InvalidMessageException($"CandidateProfile rejected: candidate '{profile.CandidateId}' belongs to job centre '{record.JobCentre}'.");

        record ??= db.Candidates.Add(new CandidateRecord { CandidateId = profile.CandidateId, JobCentre = profile.JobCentre, Version = 0, ProfileJson = "", PublishedAt = default }).Entity;
        record.Version = profile.Version;
        record.ProfileJson = JsonSerializer.Serialize(profile, ContractJson.Options);
        record.PublishedAt = clock.GetUtcNow();
        record.IndexedAt = null;
        await db.SaveChangesAsync(context.CancellationToken);

        index.Upsert(profile);
        index.Refresh();
        record.IndexedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(context.CancellationToken);
    }

    private async Task Refreshed(CandidateRecord record, CancellationToken cancellationToken)
    {
        record.PublishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
