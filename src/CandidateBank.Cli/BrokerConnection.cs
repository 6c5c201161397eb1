using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace CandidateBank.Cli;

public static class BrokerConnection
{
    /// <summary>Connects, or throws a <see cref="BrokerException"/> that names the broker, vhost and user.</summary>
    public static async Task<IConnection> OpenAsync(BrokerAddress broker, TimeSpan timeout)
    {
        var factory = new ConnectionFactory
        {
            HostName = broker.Host, Port = broker.Port, VirtualHost = broker.VirtualHost,
            UserName = broker.Username, Password = broker.Password,
            Ssl = new SslOption { Enabled = broker.UseTls, ServerName = broker.Host },
            RequestedConnectionTimeout = timeout,
        };
        try { return await factory.CreateConnectionAsync(); }
        catch (BrokerUnreachableException e)
        {
            throw new BrokerException($"Cannot connect to {broker.Host}:{broker.Port} (vhost '{broker.VirtualHost}') as '{broker.Username}': {e.InnerException?.Message ?? e.Message}");
        }
    }
}
