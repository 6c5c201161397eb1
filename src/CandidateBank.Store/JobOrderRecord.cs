using System.Text.Json;
using CandidateBank.Contracts;

namespace CandidateBank.Store;

/// <summary>
/// A job order and its lifecycle, in one place: received → shortlisted → sent (or delivery-failed, then sent on a
/// retry) and closed from any state. Status changes only through the methods here, which refuse a change the
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
    public string? ShortlistJson { get; private set; }
    public DateTimeOffset? ShortlistedAt { get; private set; }

    private JobOrder? _order;
    private Shortlist? _shortlist;

    public JobOrder Order => _order ??= JsonSerializer.Deserialize<JobOrder>(OrderJson, ContractJson.Options)!;

    public Shortlist? Shortlist => ShortlistJson is null ? null : _shortlist ??= JsonSerializer.Deserialize<Shortlist>(ShortlistJson, ContractJson.Options);

    public static JobOrderRecord Receive(string id, JobOrder order, DateTimeOffset receivedAt, TimeSpan answerWithin)
    {
        var stored = order with { JobOrderId = id, ReceivedAt = receivedAt };
        return new JobOrderRecord
        {
            Id = id,
            OrderJson = JsonSerializer.Serialize(stored, ContractJson.Options),
            ReceivedAt = receivedAt,
            Deadline = receivedAt + answerWithin,
            JobCentre = order.JobCentre,
            Title = order.Title,
            CompanyCvr = order.Company.Cvr,
            CompanyName = order.Company.Name,
            _order = stored,
        };
    }

    public void Shortlisted(Shortlist shortlist)
    {
        Move(JobOrderStatus.Shortlisted, JobOrderStatus.Received);
        SetShortlist(shortlist);
        ShortlistedAt = shortlist.GeneratedAt;
    }

    /// <summary>The shortlist as it now stands (a candidate erased from it); the status does not change.</summary>
    public void Revise(Shortlist shortlist)
    {
        if (ShortlistJson is null) throw new InvalidOperationException($"Job order {Id} has no shortlist to revise.");
        SetShortlist(shortlist);
    }

    /// <summary>The shortlist email was accepted by the mail server. A closed order stays closed.</summary>
    public void Delivered()
    {
        if (Status != JobOrderStatus.Closed) Move(JobOrderStatus.Sent, JobOrderStatus.Shortlisted, JobOrderStatus.DeliveryFailed);
    }

    public void DeliveryFailed()
    {
        if (Status != JobOrderStatus.Closed) Move(JobOrderStatus.DeliveryFailed, JobOrderStatus.Shortlisted, JobOrderStatus.DeliveryFailed);
    }

    /// <summary>Cancelled: the promise watcher stops counting it and it can no longer be sent. Closing again changes nothing.</summary>
    public void Close() => Status = JobOrderStatus.Closed;

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
