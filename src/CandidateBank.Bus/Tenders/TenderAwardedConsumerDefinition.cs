using CandidateBank.Contracts;
using MassTransit;

namespace CandidateBank.Bus.Tenders;

/// <summary>One queue every replica shares, so each message is handled once (competing consumers).</summary>
public sealed class TenderAwardedConsumerDefinition : ConsumerDefinition<TenderAwardedConsumer>
{
    public TenderAwardedConsumerDefinition() => EndpointName = Queues.TenderAwarded;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint,
        IConsumerConfigurator<TenderAwardedConsumer> consumer, IRegistrationContext context) =>
        endpoint.UseIndexerRetry();
}
