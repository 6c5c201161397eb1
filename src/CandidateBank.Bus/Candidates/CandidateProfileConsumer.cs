using CandidateBank.Contracts;
using CandidateBank.Matching.Validation;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Bus.Candidates;

/// <summary>Stores a published profile and indexes it. Idempotent: an equal or older version changes nothing but the retention clock.</summary>
public sealed class CandidateProfileConsumer(CandidateWriter writer, MessageValidator validator, ILogger<CandidateProfileConsumer> logger)
    : IConsumer<CandidateProfile>
{
    public async Task Consume(ConsumeContext<CandidateProfile> context)
    {
        var profile = context.Message;
        var validation = validator.Validate(profile);
        if (!validation.IsValid) throw new InvalidMessageException($"CandidateProfile rejected: {validation}");
        profile = validator.Canonical.Of(profile);

        var outcome = await writer.WriteAsync(profile, context.CancellationToken);
        if (outcome.Rejection is not null) throw new InvalidMessageException($"CandidateProfile rejected: {outcome.Rejection}");
        if (!outcome.Applied)
            logger.LogDebug("Ignored candidate {CandidateId} version {Version}: version {Stored} is stored", profile.CandidateId, profile.Version, outcome.StoredVersion);
    }
}
