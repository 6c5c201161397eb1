using CandidateBank.Contracts;
using MassTransit;

namespace CandidateBank.Bus.JobOrders;

/// <summary>One queue every replica shares, so each message is handled once (competing consumers).</summary>
public sealed class JobOrderConsumerDefinition : ConsumerDefinition<JobOrderConsumer>
{
    public JobOrderConsumerDefinition() => EndpointName = Queues.JobOrder;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<JobOrderConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseIndexerRetry();
}
