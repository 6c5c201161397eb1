using System.Text.Json;
using CandidateBank.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace CandidateBank.Cli;

/// <summary>
/// Publishes exactly as the partner contract in README says any AMQP client may: plain JSON to the contract's exchange,
/// persistent, the login in user_id (CandidateBank accepts a profile only for the job centre that login belongs to),
/// with publisher confirms. It declares nothing, so it works with a partner user that may only publish.
/// </summary>
public static class RabbitMqPublisher
{
    public static async Task PublishAsync(BrokerAddress broker, IReadOnlyList<CandidateProfile> profiles, int batchSize, TimeSpan timeout, ProgressBar progress)
    {
        var connection = await BrokerConnection.OpenAsync(broker, timeout);
        await using (connection)
        {
            await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
            var exchange = $"{typeof(CandidateProfile).Namespace}:{nameof(CandidateProfile)}";
            foreach (var batch in profiles.Chunk(batchSize))
            {
                using var confirmed = new CancellationTokenSource(timeout);
                var publishes = batch.Select(profile => channel.BasicPublishAsync(exchange, "", mandatory: false,
                    new BasicProperties { ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent, MessageId = $"{profile.CandidateId}:{profile.Version}", UserId = broker.Username },
                    JsonSerializer.SerializeToUtf8Bytes(profile, ContractJson.Options), confirmed.Token).AsTask()).ToList();
                try { await Task.WhenAll(publishes); }
                catch (Exception e) when (e is OperationCanceledException or PublishException or OperationInterruptedException)
                {
                    throw new BrokerException($"The broker did not confirm a batch within {timeout.TotalSeconds:0} s: {e.Message}. " +
                        $"Check that the user '{broker.Username}' may publish to the exchange '{exchange}'.");
                }
                progress.Advance(batch.Length);
            }
            progress.Finish();
        }
    }
}
