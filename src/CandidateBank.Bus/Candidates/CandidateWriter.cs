using System.Threading.Channels;
using CandidateBank.Bus.JobOrders;
using CandidateBank.Contracts;
using CandidateBank.Delivery;
using CandidateBank.Matching.Telemetry;
using CandidateBank.Matching.Index;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Bus.Candidates;

/// <summary>What became of one profile handed to <see cref="CandidateWriter"/>.</summary>
public sealed record WriteOutcome(bool Applied, int StoredVersion, string? Rejection = null);

/// <summary>
/// Group commit for candidate profiles: whatever arrives while one group is being written goes into the next, as one
/// SQLite transaction and one index refresh, instead of two transactions and a refresh per profile. Each consumer
/// awaits its own profile's outcome, so a delivery is acknowledged only once its profile is stored and searchable,
/// and a rejected profile faults only its own delivery (and goes to the error queue alone).
/// </summary>
public sealed class CandidateWriter : IAsyncDisposable
{
    /// <summary>Profiles per group at most; also how many deliveries the consumer takes at once.</summary>
    public const int MaxGroup = 500;

    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly CandidateIndex _index;
    private readonly TimeProvider _clock;
    private readonly Task _loop;

    private readonly OpenOrderRematching _rematching;
    private readonly OutboxSignal _outbox;

    public CandidateWriter(IServiceScopeFactory scopes, CandidateIndex index, TimeProvider clock, OpenOrderRematching rematching, OutboxSignal outbox)
    {
        (_scopes, _index, _clock, _rematching, _outbox) = (scopes, index, clock, rematching, outbox);
        _loop = Task.Run(WriteGroupsAsync);
    }

    public Task<WriteOutcome> WriteAsync(CandidateProfile profile, CancellationToken cancellationToken)
    {
        var pending = new Pending(profile, new TaskCompletionSource<WriteOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_pending.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(CandidateWriter));
        return pending.Outcome.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteGroupsAsync()
    {
        var group = new List<Pending>(MaxGroup);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (group.Count < MaxGroup && _pending.Reader.TryRead(out var next)) group.Add(next);
            try
            {
                var outcomes = await CandidateGroup.ApplyAsync(_scopes, _index, _clock, group.Select(p => p.Profile).ToList());
                for (var i = 0; i < group.Count; i++) group[i].Outcome.TrySetResult(outcomes[i]);
                // Stored and searchable: the open orders they qualify for are shortlisted again.
                _rematching.Offer(group.Where((_, i) => outcomes[i].Applied).Select(p => p.Profile));
                // Consent withdrawn in a newer version applies like erasure to shortlist emails approved but not yet sent.
                if (group.Where((_, i) => outcomes[i].Applied).Any(p => p.Profile.Consent is not { ShareWithEmployers: true, ShareAcrossNetworks: true }))
                    _outbox.RequestRevision();
                CandidateBankMeter.ProfilesStored.Add(outcomes.Count(o => o.Applied));
            }
            catch (Exception e)
            {
                // Transient (a locked database): every delivery of the group faults and is retried by its consumer.
                foreach (var pending in group) pending.Outcome.TrySetException(e);
            }
            group.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _loop;
    }

    private sealed record Pending(CandidateProfile Profile, TaskCompletionSource<WriteOutcome> Outcome);
}
