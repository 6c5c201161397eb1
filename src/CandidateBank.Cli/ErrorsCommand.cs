using CandidateBank.Contracts;
using RabbitMQ.Client;

namespace CandidateBank.Cli;

/// <summary>
/// Inspects and replays dead-lettered messages. Replay publishes a message again to the exchange MassTransit named after
/// the original queue (the error queue's name without <c>_error</c>), which delivers to that queue only. Replay after
/// fixing the cause (e.g. the conflicting candidate was withdrawn): a message that is still invalid is dead-lettered again.
/// A replayed message keeps its sender's user_id, the partner identity CandidateBank checks.
/// </summary>
public static class ErrorsCommand
{
    public const string DefaultQueue = Queues.CandidateProfile + Queues.ErrorSuffix;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var all = args.Contains("--all");
        var (command, options) = args switch
        {
            ["list", .. var rest] => ("list", Options.Parse(rest, "--broker", "--queue")),
            ["replay", .. var rest] => ("replay", Options.Parse(rest.Where(a => a != "--all").ToArray(), "--broker", "--queue", "--id")),
            _ => throw new UsageException("errors needs 'list' or 'replay'."),
        };
        if (command == "replay" && all == (options["--id"] is not null)) throw new UsageException("errors replay needs either --id <messageId> or --all.");
        var broker = BrokerAddress.Parse(options["--broker"] ?? "amqp://guest:guest@localhost:5672/");
        await using var connection = await BrokerConnection.OpenAsync(broker, Timeout);
        if (command == "list" && options["--queue"] is null) return await ListEveryErrorQueueAsync(connection, output);
        var queue = options["--queue"] ?? DefaultQueue;

        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var letters = await DeadLetter.TakeAllAsync(channel, queue);
        if (command == "list")
        {
            List(queue, letters, output);
            // Closing the channel puts every message back.
            return 0;
        }

        if (!queue.EndsWith("_error", StringComparison.Ordinal)) throw new UsageException($"'{queue}' is not an error queue (name ending in _error).");
        var exchange = queue[..^"_error".Length];
        var chosen = all ? letters : letters.Where(l => l.MessageId == options["--id"]).ToList();
        foreach (var letter in chosen)
        {
            using var confirmed = new CancellationTokenSource(Timeout);
            try
            {
                await channel.BasicPublishAsync(exchange, "", mandatory: false, letter.WithoutFault(), letter.Body, confirmed.Token);
            }
            catch (Exception e) when (e is RabbitMQ.Client.Exceptions.OperationInterruptedException or RabbitMQ.Client.Exceptions.PublishException
                                      && channel.CloseReason?.ReplyText.Contains("user_id", StringComparison.Ordinal) == true)
            {
                // Every message not replayed goes back to the error queue when the channel closes.
                throw new BrokerException($"The broker refused to replay {letter.MessageId}: {channel.CloseReason!.ReplyText}. A replay keeps the " +
                    $"sender's user_id, so replay as the server's login or a user tagged impersonator (rabbitmqctl set_user_tags {broker.Username} impersonator).");
            }
            await channel.BasicAckAsync(letter.DeliveryTag, multiple: false);
            output.WriteLine($"  replayed {letter.MessageId} to exchange '{exchange}'");
        }
        foreach (var letter in letters.Except(chosen)) await channel.BasicNackAsync(letter.DeliveryTag, multiple: false, requeue: true);
        output.WriteLine($"Replayed {chosen.Count} message(s); {letters.Count - chosen.Count} left in {queue}.");
        return chosen.Count == 0 && !all ? 1 : 0;
    }

    private static void List(string queue, List<DeadLetter> letters, TextWriter output)
    {
        output.WriteLine($"{queue}: {letters.Count} message(s)");
        foreach (var letter in letters)
            output.WriteLine($"  {letter.MessageId}  {letter.FaultedAt}  {letter.Size:N0} bytes  {letter.Reason}");
    }

    /// <summary>
    /// Every shared error queue, one channel each: reading a queue that does not exist yet closes its channel, and an
    /// error queue appears only with its first dead-lettered message.
    /// </summary>
    private static async Task<int> ListEveryErrorQueueAsync(IConnection connection, TextWriter output)
    {
        foreach (var queue in Queues.All.Select(q => q + Queues.ErrorSuffix))
        {
            await using var channel = await connection.CreateChannelAsync();
            try { List(queue, await DeadLetter.TakeAllAsync(channel, queue), output); }
            catch (BrokerException) { output.WriteLine($"{queue}: none (the queue appears with its first dead-lettered message)"); }
        }
        output.WriteLine("A replica's own queues (candidate-profile-<id>_error, ...) are read with --queue.");
        return 0;
    }
}
