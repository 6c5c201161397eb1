using System.Text.Json;
using CandidateBank.Contracts;
using RabbitMQ.Client;

namespace CandidateBank.Bench;

/// <summary>Publishes as a partner does (and as the CLI does): plain JSON, persistent, publisher confirms, 500 in flight.</summary>
public static class ConfirmingPublisher
{
    public static async Task PublishAsync(string broker, IReadOnlyList<CandidateProfile> profiles)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        const string exchange = "CandidateBank.Contracts:CandidateProfile";
        foreach (var window in profiles.Chunk(500))
        {
            await Task.WhenAll(window.Select(profile => channel.BasicPublishAsync(exchange, "", mandatory: false,
                new BasicProperties { ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent, MessageId = $"{profile.CandidateId}:{profile.Version}" },
                JsonSerializer.SerializeToUtf8Bytes(profile, ContractJson.Options)).AsTask()));
        }
    }
}
