using System.Globalization;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CandidateBank.Api.Publishing;

/// <summary>
/// The API answers 202 only once the bus has the message: on RabbitMQ a publish completes when the broker confirmed
/// it (publisher confirms). While the broker is away MassTransit keeps trying, so the wait is bounded here and the
/// caller gets a 503 to retry, instead of a request that hangs or a 202 for a message that may be lost.
/// </summary>
public sealed class ConfirmedPublisher(IPublishEndpoint bus, TimeSpan timeout)
{
    public const double DefaultTimeoutSeconds = 10;

    public Task<ProblemHttpResult?> Publish<T>(T message, CancellationToken requestAborted) where T : class =>
        Bounded(token => bus.Publish(message, token), requestAborted);

    /// <summary>Publishes with a header saying which API caller the message acts for (see <c>BusCaller.OnBehalfOfHeader</c>).</summary>
    public Task<ProblemHttpResult?> PublishOnBehalfOf<T>(T message, string caller, CancellationToken requestAborted) where T : class =>
        Bounded(token => bus.Publish(message, context => context.Headers.Set(Bus.Partners.BusCaller.OnBehalfOfHeader, caller), token), requestAborted);

    public Task<ProblemHttpResult?> PublishBatch<T>(IEnumerable<T> messages, CancellationToken requestAborted) where T : class =>
        Bounded(token => bus.PublishBatch(messages, token), requestAborted);

    private async Task<ProblemHttpResult?> Bounded(Func<CancellationToken, Task> publish, CancellationToken requestAborted)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        bounded.CancelAfter(timeout);
        try
        {
            await publish(bounded.Token);
            return null;
        }
        catch (Exception e) when (!requestAborted.IsCancellationRequested)
        {
            var why = e is OperationCanceledException
                ? string.Create(CultureInfo.InvariantCulture, $"The message broker did not confirm the message within {timeout.TotalSeconds:0.#} s.")
                : $"The message broker refused the message: {e.Message}";
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Message broker unavailable",
                detail: $"{why} The request was not accepted; send it again later (sending a profile twice is harmless).");
        }
    }
}
