using System.Text.Json;
using CandidateBank.Contracts;
using RabbitMQ.Client;

namespace CandidateBank.Api.Tests;

/// <summary>
/// A partner (Aarhus, with its own login) publishing at least once, as the contract asks: plain JSON, persistent, its
/// login in user_id, publisher confirms, and after a
/// lost connection it reconnects and publishes again every message the broker had not confirmed. Duplicates that
/// this causes are the indexer's to ignore.
/// </summary>
public static class ReliablePublisher
{
    public const string ProfileExchange = "CandidateBank.Contracts:CandidateProfile";
    private const int Window = 250;

    /// <summary>
    /// Publishes every profile, at most <paramref name="perSecond"/> a second when given (a steady partner feed, so a
    /// fault lands mid-stream); <paramref name="confirmed"/> hears how many are confirmed so far, and publishing waits
    /// for the task it returns (a test holds the feed there until it has broken something). Returns the reconnects.
    /// </summary>
    public static async Task<int> PublishAsync(IReadOnlyList<CandidateProfile> profiles, Func<int, Task>? confirmed = null, int? perSecond = null, int giveUpAfterSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(giveUpAfterSeconds);
        var pace = System.Diagnostics.Stopwatch.StartNew();
        var done = 0;
        var reconnects = 0;
        while (done < profiles.Count)
        {
            try
            {
                await using var connection = await RabbitMqBroker.ConnectAsPartnerAsync("aarhus");
                await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
                while (done < profiles.Count)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                    var window = profiles.Skip(done).Take(Window).ToList();
                    await Task.WhenAll(window.Select(profile => channel.BasicPublishAsync(ProfileExchange, "", mandatory: false,
                        new BasicProperties { ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent, MessageId = $"{profile.CandidateId}:{profile.Version}", UserId = "aarhus" },
                        JsonSerializer.SerializeToUtf8Bytes(profile, ContractJson.Options), timeout.Token).AsTask()));
                    done += window.Count;
                    if (confirmed is not null) await confirmed(done);
                    if (perSecond is { } rate && TimeSpan.FromSeconds((double)done / rate) - pace.Elapsed is { } ahead && ahead > TimeSpan.Zero)
                        await Task.Delay(ahead);
                }
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                // The unconfirmed window is published again on a new connection.
                reconnects++;
                await Task.Delay(250);
            }
        }
        return reconnects;
    }
}
