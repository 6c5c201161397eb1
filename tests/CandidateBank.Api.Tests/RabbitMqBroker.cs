using RabbitMQ.Client;

namespace CandidateBank.Api.Tests;

/// <summary>
/// The private broker tests/run.sh starts (tests/rabbitmq.sh). There is no fallback: without it these tests fail,
/// saying how to run them, rather than pass without a broker.
/// </summary>
public static class RabbitMqBroker
{
    public const string PortVariable = "CANDIDATEBANK_TEST_RABBITMQ_PORT";

    /// <summary>Servers in tests of this collection share the broker's queues, so they run one at a time.</summary>
    public const string Collection = "RabbitMQ broker";

    public static int Port =>
        int.TryParse(Environment.GetEnvironmentVariable(PortVariable), out var port)
            ? port
            : throw new InvalidOperationException($"{PortVariable} is not set: run the tests with 'bash tests/run.sh', which starts a private RabbitMQ broker.");

    /// <summary>The server's own login in the tests; it may act for any job centre, as the REST API allows.</summary>
    public const string ServerUser = "guest";

    public static Dictionary<string, string> ServerSettings(string virtualHost = "/") => new()
    {
        ["CandidateBank:Bus:Transport"] = "RabbitMq",
        ["CandidateBank:Bus:RabbitMq:Host"] = "127.0.0.1",
        ["CandidateBank:Bus:RabbitMq:Port"] = Port.ToString(),
        ["CandidateBank:Bus:RabbitMq:VirtualHost"] = virtualHost,
        // The partner logins tests/rabbitmq.sh creates, each publishing for its own job centre.
        ["CandidateBank:Bus:Partners:aarhus"] = "Aarhus",
        ["CandidateBank:Bus:Partners:randers"] = "Randers",
    };

    public static Task<IConnection> ConnectAsync() =>
        new ConnectionFactory { HostName = "127.0.0.1", Port = Port, UserName = ServerUser, Password = "guest" }.CreateConnectionAsync();

    /// <summary>A partner job centre's own login (tests/rabbitmq.sh): it may publish to the contract exchanges only.</summary>
    public static Task<IConnection> ConnectAsPartnerAsync(string partner) =>
        new ConnectionFactory { HostName = "127.0.0.1", Port = Port, UserName = partner, Password = $"{partner}-test" }.CreateConnectionAsync();

    /// <summary>Plain JSON to a contract's exchange as the partner contract asks: persistent, with <c>user_id</c> (null: left out).</summary>
    public static async Task PublishRaw(IChannel channel, string messageType, string json, string? userId, string? messageId = null)
    {
        var properties = new BasicProperties
        {
            ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent, MessageId = messageId ?? Guid.NewGuid().ToString(), UserId = userId,
        };
        await channel.BasicPublishAsync($"CandidateBank.Contracts:{messageType}", "", mandatory: false, properties, System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>The fault reasons MassTransit wrote on the messages in an error queue (header MT-Fault-Message), taking them off it.</summary>
    public static async Task<List<string>> DrainReasons(string queue, int expected)
    {
        var reasons = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (reasons.Count < expected && DateTime.UtcNow < deadline)
        {
            // The error queue appears with the first fault, and a queue whose leader is still starting (after a broker
            // restart in an earlier test) closes the whole connection: a fresh connection and channel per attempt.
            try
            {
                await using var connection = await ConnectAsync();
                await using var channel = await connection.CreateChannelAsync();
                while (reasons.Count < expected && await channel.BasicGetAsync(queue, autoAck: true) is { } message)
                {
                    var header = message.BasicProperties.Headers?["MT-Fault-Message"];
                    reasons.Add(header is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : header?.ToString() ?? "");
                }
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { }
            await Task.Delay(100);
        }
        return reasons;
    }

    /// <summary>
    /// Waits until the indexer consumes <paramref name="queue"/>. The server's bus declares its topology while it starts;
    /// a raw publish before that goes to an exchange that does not exist yet and the broker closes the channel.
    /// </summary>
    public static async Task WaitForConsumer(string queue, int timeoutSeconds = 30)
    {
        await using var connection = await ConnectAsync();
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            // A passive declare of a missing queue closes the channel, so each attempt has its own.
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                if ((await channel.QueueDeclarePassiveAsync(queue)).ConsumerCount > 0) return;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No consumer on queue '{queue}' after {timeoutSeconds} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until <paramref name="queue"/> has no message ready, e.g. the duplicates a fault left behind.</summary>
    public static async Task WaitForEmptyQueue(string queue, int timeoutSeconds = 120)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (await channel.QueueDeclarePassiveAsync(queue) is { MessageCount: > 0 } state)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Queue '{queue}' still holds {state.MessageCount} ready messages after {timeoutSeconds} s ({state.ConsumerCount} consumers).");
            await Task.Delay(100);
        }
    }

    /// <summary>Empties queues a test used, so later tests' servers do not receive its messages.</summary>
    public static async Task Purge(params string[] queues)
    {
        await using var connection = await ConnectAsync();
        foreach (var queue in queues)
        {
            // Purging a queue that does not exist closes the channel: one channel per queue.
            await using var channel = await connection.CreateChannelAsync();
            try { await channel.QueuePurgeAsync(queue); }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { }
        }
    }
}
