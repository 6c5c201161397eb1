using MassTransit;

namespace CandidateBank.Bus.Partners;

/// <summary>
/// Runs before every consumer on RabbitMQ: a message acts only for the job centre its sender's AMQP login belongs to.
/// One acting for another job centre, or whose sender cannot be told, goes to the error queue with the reason and
/// is never applied. The verified caller is left on the context (<see cref="BusCaller"/>) for the access log.
/// </summary>
public sealed class PartnerIdentityFilter<T>(BusPartners partners) : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var userId = context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var rabbit) ? rabbit.Properties.UserId : null;
        var (caller, refusal) = partners.Identify(userId, context.Message);
        if (refusal is not null) throw new InvalidMessageException(refusal);
        context.GetOrAddPayload(() => caller!);
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("partnerIdentity");
}

/// <summary>
/// CandidateBank's own messages carry its AMQP login in <c>user_id</c> like a partner's, so the identity check
/// knows them: RabbitMQ refuses the property unless it is the publishing connection's login.
/// </summary>
public static class ServerUserId
{
    public static void Stamp(SendContext context, string user)
    {
        if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit)) rabbit.BasicProperties.UserId = user;
    }
}
