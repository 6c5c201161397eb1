using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CandidateBank.Delivery;

public static class DeliverySetup
{
    /// <summary>
    /// Email delivery (<c>CandidateBank:Email</c>), the promise watch (<c>CandidateBank:Promise</c>), order expiry
    /// (<c>CandidateBank:Orders</c>) and the network contacts (<c>CandidateBank:NetworkContacts</c>).
    /// </summary>
    public static IServiceCollection AddCandidateBankDelivery(this IServiceCollection services, IConfiguration candidateBankSection,
        string dataDirectory, string defaultPublicBaseUrl)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<EmailOptions>(candidateBankSection.GetSection("Email"));
        services.Configure<PromiseOptions>(candidateBankSection.GetSection("Promise"));
        services.AddOptions<OrderOptions>().Bind(candidateBankSection.GetSection("Orders"))
            .Validate(o => o.OpenDays > 0, "CandidateBank:Orders:OpenDays must be more than 0 (days an open order may stay quiet).").ValidateOnStart();
        services.AddSingleton<IEmailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value is { UsesSmtp: true } smtp
            ? new SmtpEmailTransport(smtp)
            : new PickupDirectoryTransport(Path.Combine(dataDirectory, "outbox")));
        services.AddSingleton(_ => new CandidateReferences(dataDirectory));
        services.AddSingleton(new DeliveryLinks(candidateBankSection["PublicBaseUrl"] ?? defaultPublicBaseUrl));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ShortlistApproval>();
        services.AddSingleton(NetworkContacts.From(candidateBankSection.GetSection("NetworkContacts")));
        services.AddSingleton<NetworkCall>();
        services.AddSingleton<CandidateSentNotice>();
        services.AddHostedService<OutboxDispatcher>();
        services.AddHostedService<PromiseWatcher>();
        return services;
    }
}
