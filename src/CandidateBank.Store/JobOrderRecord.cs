using System.Text.Json;
using CandidateBank.Contracts;

namespace CandidateBank.Store;

/// <summary>
/// A job order and its lifecycle, in one place: received → shortlisted → sent (or delivery-failed, then sent on a
/// retry) → filled once as many candidates are hired as it has positions; expired when open and quiet for too long;
/// closed (cancelled) from any state but filled. Status changes only through the methods here, which refuse a change the
/// lifecycle does not have. The order and shortlist are kept as JSON and read back at most once per load.
/// The columns lists filter on (job centre, title, company) are copied from the order when it is received.
/// </summary>
public sealed class JobOrderRecord
{
    public required string Id { get; init; }
    public required string OrderJson { get; init; }
    public string Status { get; private set; } = JobOrderStatus.Received;
    public required DateTimeOffset ReceivedAt { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    /// <summary>The job centre that took the order (from the consultant's key); null only for orders an admin sent for none.</summary>
    public string? JobCentre { get; init; }
    public string Title { get; init; } = "";
    public string CompanyCvr { get; init; } = "";
    public string CompanyName { get; init; } = "";
    /// <summary>Listed for the senior job board (<c>?seniorFriendly=true</c>).</summary>
    public bool SeniorFriendly { get; init; }
    public string? ShortlistJson { get; private set; }
    public DateTimeOffset? ShortlistedAt { get; private set; }
    /// <summary>How many qualified candidates the order wants (<see cref="JobOrder.Target"/>).</summary>
    public int Target { get; init; } = Shortlist.PromisedMinimum;
    /// <summary>How many candidates passed every hard rule when it was shortlisted: what the bank could offer.</summary>
    public int QualifiedCount { get; private set; }
    /// <summary>When anything last happened to the order (received, shortlisted, sent, an outcome recorded): it expires after a quiet spell.</summary>
    public DateTimeOffset LastActivityAt { get; private set; }

    private JobOrder? _order;
    private Shortlist? _shortlist;

    public JobOrder Order => _order ??= JsonSerializer.Deserialize<JobOrder>(OrderJson, ContractJson.Options)!;

    public Shortlist? Shortlist => ShortlistJson is null ? null : _shortlist ??= JsonSerializer.Deserialize<Shortlist>(ShortlistJson, ContractJson.Options);

    public static JobOrderRecord Receive(string id, JobOrder order, DateTimeOffset receivedAt, DateTimeOffset deadline)
    {
        var stored = order with { JobOrderId = id, ReceivedAt = receivedAt };
        return new JobOrderRecord
        {
            Id = id,
            OrderJson = JsonSerializer.Serialize(stored, ContractJson.Options),
            ReceivedAt = receivedAt,
            LastActivityAt = receivedAt,
            Deadline = deadline,
            JobCentre = order.JobCentre,
            Title = order.Title,
            CompanyCvr = order.Company.Cvr,
            CompanyName = order.Company.Name,
            Target = order.Target(),
            SeniorFriendly = order.SeniorFriendly,
            _order = stored,
        };
    }

    public void Shortlisted(Shortlist shortlist)
    {
        Move(JobOrderStatus.Shortlisted, JobOrderStatus.Received);
        SetShortlist(shortlist);
        ShortlistedAt = shortlist.GeneratedAt;
        QualifiedCount = shortlist.QualifiedCount;
        Touch(shortlist.GeneratedAt);
    }

    /// <summary>The shortlist as it now stands (a candidate erased from it); the status does not change.</summary>
    public void Revise(Shortlist shortlist)
    {
        if (ShortlistJson is null) throw new InvalidOperationException($"Job order {Id} has no shortlist to revise.");
        SetShortlist(shortlist);
    }

    /// <summary>The shortlist email was accepted by the mail server. A closed or expired order stays so: the email was on its way.</summary>
    public void Delivered()
    {
        if (!IsOver) Move(JobOrderStatus.Sent, JobOrderStatus.Shortlisted, JobOrderStatus.DeliveryFailed);
    }

    public void DeliveryFailed()
    {
        if (!IsOver) Move(JobOrderStatus.DeliveryFailed, JobOrderStatus.Shortlisted, JobOrderStatus.DeliveryFailed);
    }

    private bool IsOver => Status is JobOrderStatus.Closed or JobOrderStatus.Expired;

    /// <summary>Something happened to the order at <paramref name="at"/>: its quiet spell starts again.</summary>
    public void Touch(DateTimeOffset at)
    {
        if (at > LastActivityAt) LastActivityAt = at;
    }

    /// <summary>Open with nothing happening for too long.</summary>
    public void Expire() => Move(JobOrderStatus.Expired, JobOrderStatus.Open);

    /// <summary>As many candidates hired as the order has positions: its life is over.</summary>
    public void Filled() => Move(JobOrderStatus.Filled, JobOrderStatus.Sent);

    /// <summary>Cancelled: the promise watcher stops counting it and it can no longer be sent. Closing again changes nothing.</summary>
    public void Close()
    {
        if (Status != JobOrderStatus.Filled) Status = JobOrderStatus.Closed;
    }

    private void SetShortlist(Shortlist shortlist)
    {
        ShortlistJson = JsonSerializer.Serialize(shortlist, ContractJson.Options);
        _shortlist = shortlist;
    }

    private void Move(string to, params string[] from)
    {
        if (!from.Contains(Status))
            throw new InvalidOperationException($"Job order {Id} is {Status}; only an order that is {string.Join(" or ", from)} can become {to}.");
        Status = to;
    }
}
