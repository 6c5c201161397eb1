using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Limits;

/// <summary><c>CandidateBank:Limits</c>: how much one request may carry and how often one API key may call.</summary>
public sealed class LimitOptions
{
    /// <summary>Room for a full batch of 1000 profiles; a single profile is a few kilobytes.</summary>
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;
    public int RequestsPerMinutePerKey { get; set; } = 1200;
}

/// <summary>Oversized bodies are refused before they are read (413), and each API key has its own request budget (429).</summary>
public static class RequestLimits
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration limitsSection)
    {
        var limits = limitsSection.Get<LimitOptions>() ?? new LimitOptions();
        services.AddSingleton(limits);
        // Kestrel enforces the limit on chunked bodies too, which carry no Content-Length to check up front.
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(Partition(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.RequestsPerMinutePerKey,
                    TokensPerPeriod = limits.RequestsPerMinutePerKey,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.OnRejected = (rejected, _) => TooManyRequests(rejected, limits);
        });
        return services;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app
        .Use(async (context, next) =>
        {
            var limits = context.RequestServices.GetRequiredService<LimitOptions>();
            if (context.Request.ContentLength > limits.MaxBodyBytes)
            {
                await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
                    detail: $"The body has {context.Request.ContentLength} bytes; at most {limits.MaxBodyBytes} are accepted.").ExecuteAsync(context);
                return;
            }
            await next(context);
        })
        .UseRateLimiter();

    /// <summary>Authenticated callers by key name; anonymous ones (health probes, wrong keys) by address.</summary>
    private static string Partition(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
            ? "key:" + context.User.FindFirstValue(ClaimTypes.Name)
            : "address:" + context.Connection.RemoteIpAddress;

    private static ValueTask TooManyRequests(OnRejectedContext rejected, LimitOptions limits)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new ValueTask(Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"This API key may make {limits.RequestsPerMinutePerKey} requests a minute; try again later.").ExecuteAsync(context));
    }
}
