using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace CandidateBank.Cli;

/// <summary>A message MassTransit moved to an error queue, with the reason it wrote in its headers.</summary>
public sealed record DeadLetter(ulong DeliveryTag, string MessageId, string Reason, string FaultedAt, int Size, IReadOnlyBasicProperties Properties, ReadOnlyMemory<byte> Body)
{
    /// <summary>
    /// Takes every message of <paramref name="queue"/> without acknowledging it: until the channel acks or closes,
    /// the messages stay the broker's, and closing the channel puts back any that were not acknowledged.
    /// </summary>
    public static async Task<List<DeadLetter>> TakeAllAsync(IChannel channel, string queue)
    {
        uint count;
        try { count = (await channel.QueueDeclarePassiveAsync(queue)).MessageCount; }
        catch (OperationInterruptedException e)
        {
            throw new BrokerException($"Cannot read queue '{queue}': {e.ShutdownReason?.ReplyText ?? e.Message}. (An error queue appears with its first dead-lettered message.)");
        }
        var letters = new List<DeadLetter>();
        for (var i = 0; i < count && await channel.BasicGetAsync(queue, autoAck: false) is { } message; i++)
        {
            var headers = message.BasicProperties.Headers;
            letters.Add(new DeadLetter(message.DeliveryTag, message.BasicProperties.MessageId ?? "(no message id)",
                Header(headers, "MT-Fault-Message") ?? "(no reason recorded)",
                Header(headers, "MT-Fault-Timestamp") ?? (message.BasicProperties.IsTimestampPresent()
                    ? DateTimeOffset.FromUnixTimeSeconds(message.BasicProperties.Timestamp.UnixTime).ToString("O") : "(no time)"),
                message.Body.Length, message.BasicProperties, message.Body.ToArray()));
        }
        return letters;
    }

    private static string? Header(IDictionary<string, object?>? headers, string name) =>
        headers?.TryGetValue(name, out var value) == true
            ? value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value?.ToString()
            : null;

    /// <summary>The original properties without MassTransit's fault headers, for publishing the message again.</summary>
    public BasicProperties WithoutFault()
    {
        var properties = new BasicProperties(Properties);
        if (Properties.Headers is { } headers)
            properties.Headers = headers.Where(h => !h.Key.StartsWith("MT-Fault", StringComparison.Ordinal) && h.Key != "MT-Reason")
                .ToDictionary(h => h.Key, h => h.Value);
        return properties;
    }
}
