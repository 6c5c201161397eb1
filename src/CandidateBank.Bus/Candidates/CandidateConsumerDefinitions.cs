using MassTransit;

namespace CandidateBank.Bus.Candidates;

public sealed class CandidateProfileConsumerDefinition : ConsumerDefinition<CandidateProfileConsumer>
{
    public CandidateProfileConsumerDefinition()
    {
        // Deliveries for two groups in flight let CandidateWriter fill a whole group while it writes the previous one;
        // MassTransit's default (twice the CPUs, at least 16) would cap a group at 16 profiles.
        ConcurrentMessageLimit = 2 * CandidateWriter.MaxGroup;
        Endpoint(endpoint => endpoint.PrefetchCount = 4 * CandidateWriter.MaxGroup);
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<CandidateProfileConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseIndexerRetry();
}

public sealed class CandidateWithdrawnConsumerDefinition : ConsumerDefinition<CandidateWithdrawnConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<CandidateWithdrawnConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseIndexerRetry();
}
