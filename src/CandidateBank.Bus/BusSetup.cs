using CandidateBank.Bus.Candidates;
using CandidateBank.Bus.Partners;
using CandidateBank.Bus.Replicas;
using CandidateBank.Matching.Calendar;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CandidateBank.Bus;

public static class BusSetup
{
    /// <summary>
    /// The bus on the configured transport with the consumers that store, index and answer what arrives, and the
    /// retention sweep that publishes expiries. Register after the store, matching and indexing setups.
    /// </summary>
    public static IServiceCollection AddCandidateBankBus(this IServiceCollection services, BusOptions bus, ReplicaOptions? replica = null)
    {
        services.AddSingleton((replica ?? new ReplicaOptions()).Validated());
        services.AddHostedService<ReplicaCatchUp>();
        services.AddSingleton<Candidates.CandidateWriter>();
        services.AddSingleton<JobOrders.OpenOrderRematching>();
        services.AddHostedService(sp => sp.GetRequiredService<JobOrders.OpenOrderRematching>());
        services.TryAddSingleton(AnswerDeadline.OneDay);
        services.TryAddSingleton(new RetentionOptions());
        services.AddSingleton<RetentionSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweep>());

        services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            // MassTransit 8.4+ reports usage to its vendor over the internet unless told not to; a public-sector
            // system holding citizens' data sends nothing anywhere it was not configured to.
            x.ConfigureUsageTelemetryOptions(options => options.Enabled = false);
            x.AddConsumers(typeof(BusSetup).Assembly);
            x.AddConsumeObserver<FaultCounter>();
            switch (bus.Transport)
            {
                case BusTransport.InMemory:
                    // No schema check here: on the in-memory bus the only publisher is this process's REST API, which
                    // sends the C# contracts (SchemaTests keeps them and schemas/ in step). It cost a third of the CPU per profile.
                    x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                    break;
                case BusTransport.RabbitMq:
                    x.UsingRabbitMq((context, cfg) =>
                    {
                        var rabbit = bus.RabbitMq;
                        cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, host =>
                        {
                            host.Username(rabbit.Username);
                            host.Password(rabbit.Password);
                            // MassTransit's default, stated because the REST API's 202 relies on it: a publish
                            // completes only when the broker has confirmed it.
                            host.PublisherConfirmation = true;
                            if (rabbit.UseTls) host.UseSsl(ssl => ssl.ServerName = rabbit.Host);
                        });
                        // Partners that are not .NET publish plain JSON (content type application/json), no MassTransit envelope.
                        cfg.UseRawJsonDeserializer(RawSerializerOptions.AnyMessageType, isDefault: false);
                        cfg.UseConsumeFilter(typeof(SchemaValidationFilter<>), context);
                        cfg.UseConsumeFilter(typeof(PartnerIdentityFilter<>), context);
                        cfg.ConfigureSend(send => send.UseSendExecute(sending => ServerUserId.Stamp(sending, rabbit.Username)));
                        cfg.ConfigurePublish(publish => publish.UseExecute(publishing => ServerUserId.Stamp(publishing, rabbit.Username)));
                        cfg.ConfigureEndpoints(context);
                    });
                    // Quorum queues: replicated and durable, so an acknowledged message survives a broker node's loss.
                    x.AddConfigureEndpointsCallback((_, _, endpoint) =>
                    {
                        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint) rabbitEndpoint.SetQuorumQueue();
                    });
                    break;
                default:
                    throw new InvalidOperationException(
                        $"CandidateBank:Bus:Transport is '{bus.Transport}'; use '{BusTransport.InMemory}' or '{BusTransport.RabbitMq}'.");
            }
        });
        if (bus.Transport == BusTransport.RabbitMq)
        {
            services.AddSingleton(bus.RabbitMq);
            services.AddSingleton(new BusPartners(bus.Partners, bus.RabbitMq.Username));
            services.AddSingleton<BusWatchdog>();
            services.AddHostedService(sp => sp.GetRequiredService<BusWatchdog>());
        }
        return services;
    }
}
