namespace CandidateBank.Delivery;

/// <summary>
/// Wakes the dispatcher as soon as an email is queued, instead of waiting for its next poll; and asks it to compose
/// queued shortlist emails again now, when a candidate was erased or withdrew consent, rather than at their next
/// attempt, which may be hours away while the mail server is down (and the old email would lie in the store meanwhile).
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private int _revisionRequested;

    public void Notify()
    {
        try { _signal.Release(); }
        catch (SemaphoreFullException) { } // already signalled: one wake-up covers every email queued meanwhile
    }

    /// <summary>Candidates were erased or withdrew consent: every queued shortlist email is to be checked again.</summary>
    public void RequestRevision()
    {
        Interlocked.Exchange(ref _revisionRequested, 1);
        Notify();
    }

    /// <summary>A revision that failed is tried again at the next poll, without waking the dispatcher now.</summary>
    public void KeepRevisionRequest() => Interlocked.Exchange(ref _revisionRequested, 1);

    /// <summary>Whether a revision was requested since the last call (and clears the request).</summary>
    public bool TakeRevisionRequest() => Interlocked.Exchange(ref _revisionRequested, 0) == 1;

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
