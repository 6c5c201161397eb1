using MassTransit;

namespace CandidateBank.Bus.JobOrders;

public sealed class JobOrderConsumerDefinition : ConsumerDefinition<JobOrderConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<JobOrderConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseIndexerRetry();
}
