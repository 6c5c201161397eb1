using MassTransit;

namespace CandidateBank.Bus;

internal static class RetryPolicy
{
    /// <summary>
    /// Transient faults (a locked SQLite file, a concurrent insert of the same candidate) are retried with back-off;
    /// a message that can never be applied goes straight to the error queue.
    /// </summary>
    public static void UseIndexerRetry(this IReceiveEndpointConfigurator endpoint) =>
        endpoint.UseMessageRetry(retry =>
        {
            retry.Ignore<InvalidMessageException>();
            retry.Exponential(5, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
        });
}
