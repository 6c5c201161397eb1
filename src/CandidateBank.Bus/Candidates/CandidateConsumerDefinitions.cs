using CandidateBank.Bus.Replicas;
using MassTransit;

namespace CandidateBank.Bus.Candidates;

public sealed class CandidateProfileConsumerDefinition : ConsumerDefinition<CandidateProfileConsumer>
{
    private readonly ReplicaOptions _replica;

    public CandidateProfileConsumerDefinition(ReplicaOptions replica)
    {
        _replica = replica;
        EndpointName = replica.Own("candidate-profile");
        // Deliveries for two groups in flight let CandidateWriter fill a whole group while it writes the previous one;
        // MassTransit's default (twice the CPUs, at least 16) would cap a group at 16 profiles.
        ConcurrentMessageLimit = 2 * CandidateWriter.MaxGroup;
        Endpoint(endpoint => endpoint.PrefetchCount = 4 * CandidateWriter.MaxGroup);
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<CandidateProfileConsumer> consumer, IRegistrationContext context)
    {
        endpoint.UseIndexerRetry();
        _replica.ExpireWhenGone(endpoint);
    }
}

public sealed class CandidateWithdrawnConsumerDefinition : ConsumerDefinition<CandidateWithdrawnConsumer>
{
    private readonly ReplicaOptions _replica;

    public CandidateWithdrawnConsumerDefinition(ReplicaOptions replica)
    {
        _replica = replica;
        EndpointName = replica.Own("candidate-withdrawn");
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<CandidateWithdrawnConsumer> consumer, IRegistrationContext context)
    {
        endpoint.UseIndexerRetry();
        _replica.ExpireWhenGone(endpoint);
    }
}

public sealed class CandidateProfileExpiredConsumerDefinition : ConsumerDefinition<CandidateProfileExpiredConsumer>
{
    private readonly ReplicaOptions _replica;

    public CandidateProfileExpiredConsumerDefinition(ReplicaOptions replica)
    {
        _replica = replica;
        EndpointName = replica.Own("candidate-profile-expired");
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<CandidateProfileExpiredConsumer> consumer, IRegistrationContext context)
    {
        endpoint.UseIndexerRetry();
        _replica.ExpireWhenGone(endpoint);
    }
}
