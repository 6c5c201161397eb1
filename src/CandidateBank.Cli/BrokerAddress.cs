namespace CandidateBank.Cli;

/// <summary>An AMQP URI (amqp:// or amqps://user:password@host:port/vhost), as partners' brokers are usually given.</summary>
public sealed record BrokerAddress(string Host, ushort Port, string VirtualHost, string Username, string Password, bool UseTls)
{
    public static BrokerAddress Parse(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
            throw new UsageException($"--broker '{value}' is not an AMQP URI such as amqp://user:password@host:5672/vhost.");
        var tls = uri.Scheme == "amqps";
        var credentials = uri.UserInfo.Split(':', 2);
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new BrokerAddress(uri.Host, (ushort)(uri.IsDefaultPort || uri.Port < 0 ? (tls ? 5671 : 5672) : uri.Port),
            virtualHost.Length == 0 ? "/" : virtualHost,
            credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest",
            credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest",
            tls);
    }
}
