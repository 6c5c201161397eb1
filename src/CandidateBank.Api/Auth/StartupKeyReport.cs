using CandidateBank.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CandidateBank.Api.Auth;

/// <summary>
/// Says at start how many keys can call the API, and when none can, how to make one: a server that answers every
/// request with 401 should not leave a newcomer guessing why.
/// </summary>
public static class StartupKeyReport
{
    public static void Log(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("CandidateBank.Server");
        var configured = scope.ServiceProvider.GetRequiredService<IOptions<ConfiguredApiKeys>>().Value.ApiKeys.Count;
        var issued = scope.ServiceProvider.GetRequiredService<CandidateBankDb>().ApiKeys.Count(k => k.RevokedAt == null);
        if (configured + issued > 0)
        {
            logger.LogInformation("API keys: {Configured} configured (CandidateBank:ApiKeys), {Issued} issued (keys create)", configured, issued);
            return;
        }
        logger.LogWarning("No API keys: every API request will be answered 401. Create one with " +
            "'dotnet run --project src/CandidateBank.Cli -- keys create --name <name> --role <jobcentre|consultant|admin> --job-centre <municipality> --data <data directory>', " +
            "configure CandidateBank:ApiKeys, or start with --demo for three keys printed at start.");
    }
}
