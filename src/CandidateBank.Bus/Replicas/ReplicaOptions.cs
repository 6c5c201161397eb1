using System.Text.RegularExpressions;

namespace CandidateBank.Bus.Replicas;

/// <summary>
/// <c>CandidateBank:Replica</c>: one of several servers sharing one PostgreSQL store and one RabbitMQ vhost. Each
/// replica keeps a complete Lucene index of its own, so it gets every profile, withdrawal and expiry on queues named
/// after it (<c>candidate-profile-r1</c>, …); job orders and tenders stay on shared queues, each handled by one replica.
/// </summary>
public sealed partial class ReplicaOptions
{
    /// <summary>The replica's name in its queues: lowercase letters, digits and '-'. Empty: the only server.</summary>
    public string? Id { get; set; }

    /// <summary>A replica's queues are deleted by RabbitMQ after they have had no consumer this long (a replica gone for good).</summary>
    public TimeSpan QueuesExpireAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long after start <see cref="ReplicaCatchUp"/> compares the index with the store once more.</summary>
    public TimeSpan CatchUpAfter { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsReplica => !string.IsNullOrEmpty(Id);

    /// <summary>The queue name of an endpoint every replica needs a copy of.</summary>
    public string Own(string endpoint) => IsReplica ? $"{endpoint}-{Id}" : endpoint;

    public ReplicaOptions Validated()
    {
        if (IsReplica && !IdPattern().IsMatch(Id!))
            throw new InvalidOperationException($"CandidateBank:Replica:Id '{Id}' must be 1–40 lowercase letters, digits or '-' (it names the replica's queues).");
        if (QueuesExpireAfter < TimeSpan.FromMinutes(1))
            throw new InvalidOperationException("CandidateBank:Replica:QueuesExpireAfter must be at least a minute: a replica restarting must find its queue.");
        return this;
    }

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex IdPattern();
}

public static class ReplicaQueues
{
    /// <summary>A replica's own queue is deleted by RabbitMQ once unused for <see cref="ReplicaOptions.QueuesExpireAfter"/>; shared queues never.</summary>
    public static void ExpireWhenGone(this ReplicaOptions replica, MassTransit.IReceiveEndpointConfigurator endpoint)
    {
        if (replica.IsReplica && endpoint is MassTransit.IRabbitMqReceiveEndpointConfigurator rabbit)
            rabbit.SetQueueArgument("x-expires", (long)replica.QueuesExpireAfter.TotalMilliseconds);
    }
}
