using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Telemetry;
using CandidateBank.Matching.Validation;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Bus.Candidates;

/// <summary>One group of profiles applied in arrival order: store, then index, then mark indexed.</summary>
internal static class CandidateGroup
{
    public static async Task<WriteOutcome[]> ApplyAsync(IServiceScopeFactory scopes, CandidateIndex index, TimeProvider clock, IReadOnlyList<CandidateProfile> profiles)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CandidateBankDb>();
        var canonical = scope.ServiceProvider.GetRequiredService<MessageValidator>().Canonical;
        // Each job centre's ids are its own: a profile only ever meets its own job centre's stored candidate.
        var records = await db.Candidates.ByKeysAsync(profiles.Select(CandidateKey.Of), default);

        var outcomes = new WriteOutcome[profiles.Count];
        var toIndex = new Dictionary<CandidateKey, (CandidateRecord Record, CandidateProfile Profile)>();
        for (var i = 0; i < profiles.Count; i++)
        {
            var profile = profiles[i];
            records.TryGetValue(CandidateKey.Of(profile), out var record);
            if (record is not null && record.Version >= profile.Version)
            {
                if (record.Version == profile.Version && !canonical.SameContent(JsonSerializer.Deserialize<CandidateProfile>(record.ProfileJson, ContractJson.Options)!, profile))
                {
                    outcomes[i] = new WriteOutcome(false, record.Version, CanonicalForms.VersionConflict(profile.CandidateId, record.Version));
                    continue;
                }
                // Re-publishing the stored version confirms the profile is current: it restarts the retention period.
                if (record.Version == profile.Version) record.PublishedAt = clock.GetUtcNow();
                // Whether to index is this server's own index's question, not the store's: another replica sharing the
                // store may have stored it (and a newer version) first, or an earlier attempt here stopped half-way.
                if (index.IndexedVersion(record.Key()) != record.Version)
                    toIndex[record.Key()] = (record, record.Version == profile.Version ? profile : JsonSerializer.Deserialize<CandidateProfile>(record.ProfileJson, ContractJson.Options)!);
                outcomes[i] = new WriteOutcome(false, record.Version);
                continue;
            }
            if (record is null)
            {
                record = db.Candidates.Add(new CandidateRecord { CandidateId = profile.CandidateId, JobCentre = profile.JobCentre, Version = 0, ProfileJson = "", PublishedAt = default }).Entity;
                records[record.Key()] = record;
            }
            record.Version = profile.Version;
            record.ProfileJson = JsonSerializer.Serialize(profile, ContractJson.Options);
            record.PublishedAt = clock.GetUtcNow();
            toIndex[record.Key()] = (record, profile);
            outcomes[i] = new WriteOutcome(true, profile.Version);
        }
        var indexedAt = clock.GetUtcNow();
        foreach (var (record, _) in toIndex.Values) record.IndexedAt = indexedAt;
        // One transaction around store and index: the rows become visible to readers with the refreshed index, and
        // a failure while indexing rolls the store back, so the whole delivery is retried. After a crash the index
        // holds only what it had committed, and the repair at start reindexes whatever the store has beyond that.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        if (toIndex.Count > 0)
        {
            index.UpsertMany(toIndex.Values.Select(entry => entry.Profile).ToList());
            index.Refresh();
            CandidateBankMeter.ProfilesIndexed.Add(toIndex.Count);
        }
        await transaction.CommitAsync();
        return outcomes;
    }
}
