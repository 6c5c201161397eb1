using CandidateBank.Contracts;
using CandidateBank.Bus.Replicas;
using MassTransit;

namespace CandidateBank.Bus.Candidates;

/// <summary>
/// A consumer every replica runs on a queue of its own (<see cref="ReplicaOptions.Own"/>), which RabbitMQ deletes once
/// the replica has been gone for good, with the indexer's retry policy.
/// </summary>
public abstract class ReplicaOwnedDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    private readonly ReplicaOptions _replica;

    protected ReplicaOwnedDefinition(ReplicaOptions replica, string endpoint)
    {
        _replica = replica;
        EndpointName = replica.Own(endpoint);
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer, IRegistrationContext context)
    {
        endpoint.UseIndexerRetry();
        _replica.ExpireWhenGone(endpoint);
    }
}

public sealed class CandidateProfileConsumerDefinition : ReplicaOwnedDefinition<CandidateProfileConsumer>
{
    public CandidateProfileConsumerDefinition(ReplicaOptions replica) : base(replica, Queues.CandidateProfile)
    {
        // Deliveries for two groups in flight let CandidateWriter fill a whole group while it writes the previous one;
        // MassTransit's default (twice the CPUs, at least 16) would cap a group at 16 profiles.
        ConcurrentMessageLimit = 2 * CandidateWriter.MaxGroup;
        Endpoint(endpoint => endpoint.PrefetchCount = 4 * CandidateWriter.MaxGroup);
    }
}

public sealed class CandidateWithdrawnConsumerDefinition(ReplicaOptions replica)
    : ReplicaOwnedDefinition<CandidateWithdrawnConsumer>(replica, Queues.CandidateWithdrawn);

public sealed class CandidateProfileExpiredConsumerDefinition(ReplicaOptions replica)
    : ReplicaOwnedDefinition<CandidateProfileExpiredConsumer>(replica, Queues.CandidateProfileExpired);
