using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Store;

namespace CandidateBank.Api.JobOrders;

public sealed record JobOrderAccepted(string Id);

/// <summary>A job order with where it stands against the one-day promise.</summary>
public sealed record JobOrderView(string Id, string Status, DateTimeOffset ReceivedAt, DateTimeOffset Deadline, DateTimeOffset? ShortlistedAt, JobOrder Order)
{
    public static JobOrderView From(JobOrderRecord record) => new(
        record.Id, record.Status, record.ReceivedAt, record.Deadline, record.ShortlistedAt,
        JsonSerializer.Deserialize<JobOrder>(record.OrderJson, ContractJson.Options)!);
}
