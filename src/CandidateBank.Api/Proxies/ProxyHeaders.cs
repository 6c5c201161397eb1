using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Proxies;

/// <summary>
/// Behind a load balancer (HAProxy in deploy/, which sets X-Forwarded-For), every request comes from the balancer's
/// address: the per-address feedback limit would then count all companies as one, and a TLS-terminating balancer's
/// HTTPS would look like plain HTTP. The client's address and scheme are taken from X-Forwarded-For/-Proto, but only
/// from a trusted proxy: loopback (ASP.NET Core's default, as in the local stack) and the addresses listed in
/// <c>CandidateBank:ForwardedHeaders:KnownProxies</c>. Anyone else's headers are ignored, so they cannot pick an address.
/// </summary>
public static class ProxyHeaders
{
    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration section) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"CandidateBank:ForwardedHeaders:KnownProxies holds '{proxy}', which is not an IP address."));
        });

    public static IApplicationBuilder UseProxyHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();
}
