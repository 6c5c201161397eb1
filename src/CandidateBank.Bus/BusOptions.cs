namespace CandidateBank.Bus;

/// <summary>Configuration section <c>CandidateBank:Bus</c>: which transport carries the messages.</summary>
public sealed class BusOptions
{
    public string Transport { get; set; } = BusTransport.InMemory;
    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>
    /// <c>CandidateBank:Bus:Partners:{AMQP user}</c> = the job centre that login publishes for. On RabbitMQ a message
    /// may act only for its sender's job centre (<see cref="Partners.BusPartners"/>).
    /// </summary>
    public Dictionary<string, string> Partners { get; set; } = new(StringComparer.Ordinal);
}

public static class BusTransport
{
    public const string InMemory = "InMemory";
    public const string RabbitMq = "RabbitMq";
}

public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "localhost";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";
    public bool UseTls { get; set; }

    /// <summary>A bus whose endpoints stay unhealthy this long is restarted (<see cref="BusWatchdog"/>).</summary>
    public int RestartUnhealthyAfterSeconds { get; set; } = 60;
}
