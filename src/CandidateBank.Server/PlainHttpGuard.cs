using System.Net;

namespace CandidateBank.Server;

/// <summary>
/// API keys travel in a header, so outside Development the server refuses to listen on plain HTTP except on loopback
/// (where a TLS-terminating proxy on the same host forwards to it), unless <c>CandidateBank:AllowPlainHttp</c> says
/// TLS is terminated in front of it some other way.
/// </summary>
public static class PlainHttpGuard
{
    /// <summary>Why the server must not start with these addresses, or null when it may.</summary>
    public static string? Refusal(string urls, bool isDevelopment, bool plainHttpAllowed)
    {
        if (isDevelopment || plainHttpAllowed) return null;
        var exposed = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(url => url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !IsLoopback(url))
            .ToList();
        return exposed.Count == 0 ? null :
            $"Refusing to serve API keys over plain HTTP on {string.Join(", ", exposed)} outside Development. " +
            "Configure HTTPS (an https:// URL and a Kestrel certificate, see README 'Security and personal data'), listen on " +
            "loopback behind a TLS proxy, or set CandidateBank:AllowPlainHttp=true if TLS is terminated in front of this server.";
    }

    private static bool IsLoopback(string url)
    {
        var host = url["http://".Length..].Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']')] : host.Split(':')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
