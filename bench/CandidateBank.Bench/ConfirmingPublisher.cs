using System.Text.Json;
using CandidateBank.Contracts;
using RabbitMQ.Client;

namespace CandidateBank.Bench;

/// <summary>Publishes as a partner does (and as the CLI does): plain JSON, persistent, publisher confirms, 500 in flight.</summary>
public sealed class ConfirmingPublisher : IAsyncDisposable
{
    private const string Exchange = "CandidateBank.Contracts:CandidateProfile";

    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private ConfirmingPublisher(IConnection connection, IChannel channel) => (_connection, _channel) = (connection, channel);

    /// <summary>One connection for many publishes, as a partner's system keeps it open.</summary>
    public static async Task<ConfirmingPublisher> ConnectAsync(string broker)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new ConfirmingPublisher(connection, channel);
    }

    public static async Task PublishAsync(string broker, IReadOnlyList<CandidateProfile> profiles)
    {
        await using var publisher = await ConnectAsync(broker);
        await publisher.PublishAsync(profiles);
    }

    /// <summary>Returns when the broker has confirmed every profile.</summary>
    public async Task PublishAsync(IReadOnlyList<CandidateProfile> profiles)
    {
        foreach (var window in profiles.Chunk(500))
        {
            await Task.WhenAll(window.Select(profile => _channel.BasicPublishAsync(Exchange, "", mandatory: false,
                new BasicProperties { ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent, MessageId = $"{profile.CandidateId}:{profile.Version}" },
                JsonSerializer.SerializeToUtf8Bytes(profile, ContractJson.Options)).AsTask()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
