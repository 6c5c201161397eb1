using CandidateBank.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Bench;

/// <summary>The real server, in this process, on a private data directory and a loopback port of its own.</summary>
public static class BenchServer
{
    public static async Task<WebApplication> StartAsync(string dataDirectory, string? broker, IReadOnlyDictionary<string, string?>? moreSettings = null)
    {
        var builder = WebApplication.CreateBuilder();
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["CandidateBank:DataDirectory"] = dataDirectory,
            ["CandidateBank:Bus:Transport"] = broker is null ? "InMemory" : "RabbitMq",
        };
        if (broker is not null) foreach (var (key, value) in BrokerSettings(broker)) settings[key] = value;
        foreach (var (key, value) in moreSettings ?? new Dictionary<string, string?>()) settings[key] = value;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddCandidateBank();
        var app = builder.Build();
        app.MapCandidateBank();
        await app.StartAsync();
        return app;
    }

    /// <summary>The server's RabbitMQ settings for an <c>amqp://user:password@host:port/vhost</c> address.</summary>
    public static Dictionary<string, string> BrokerSettings(string broker)
    {
        var uri = new Uri(broker);
        var credentials = uri.UserInfo.Split(':', 2);
        return new Dictionary<string, string>
        {
            ["CandidateBank:Bus:Transport"] = "RabbitMq",
            ["CandidateBank:Bus:RabbitMq:Host"] = uri.Host,
            ["CandidateBank:Bus:RabbitMq:Port"] = (uri.IsDefaultPort || uri.Port < 0 ? 5672 : uri.Port).ToString(),
            ["CandidateBank:Bus:RabbitMq:VirtualHost"] = uri.AbsolutePath.Trim('/') is { Length: > 0 } vhost ? Uri.UnescapeDataString(vhost) : "/",
            ["CandidateBank:Bus:RabbitMq:Username"] = Uri.UnescapeDataString(credentials[0]),
            ["CandidateBank:Bus:RabbitMq:Password"] = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "",
        };
    }

    /// <summary>The address the server listens on, once started on port 0.</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
}
