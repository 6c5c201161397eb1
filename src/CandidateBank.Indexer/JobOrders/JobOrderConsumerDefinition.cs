using MassTransit;

namespace CandidateBank.Indexer.JobOrders;

public sealed class JobOrderConsumerDefinition : ConsumerDefinition<JobOrderConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<JobOrderConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseIndexerRetry();
}
