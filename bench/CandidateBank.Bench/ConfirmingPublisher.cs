using System.Text.Json;
using CandidateBank.Contracts;
using RabbitMQ.Client;

namespace CandidateBank.Bench;

/// <summary>
/// Publishes as a partner does (and as the CLI does): plain JSON, persistent, its login in user_id, publisher confirms,
/// 500 in flight. The bench server logs in with the same user, so the profiles of every job centre are its to publish.
/// </summary>
public sealed class ConfirmingPublisher : IAsyncDisposable
{
    private const string Exchange = "CandidateBank.Contracts:CandidateProfile";

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _user;

    private ConfirmingPublisher(IConnection connection, IChannel channel, string user) => (_connection, _channel, _user) = (connection, channel, user);

    /// <summary>One connection for many publishes, as a partner's system keeps it open.</summary>
    public static async Task<ConfirmingPublisher> ConnectAsync(string broker)
    {
        var factory = new ConnectionFactory { Uri = new Uri(broker) };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new ConfirmingPublisher(connection, channel, factory.UserName);
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
                new BasicProperties { ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent, MessageId = $"{profile.CandidateId}:{profile.Version}", UserId = _user },
                JsonSerializer.SerializeToUtf8Bytes(profile, ContractJson.Options)).AsTask()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
