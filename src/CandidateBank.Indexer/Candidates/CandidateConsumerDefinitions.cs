using MassTransit;

namespace CandidateBank.Indexer.Candidates;

public sealed class CandidateProfileConsumerDefinition : ConsumerDefinition<CandidateProfileConsumer>
{
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
