using MassTransit;

namespace CandidateBank.Bus.Tenders;

public sealed class TenderAwardedConsumerDefinition : ConsumerDefinition<TenderAwardedConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<TenderAwardedConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseIndexerRetry();
}
