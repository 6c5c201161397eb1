using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Bus;

/// <summary>
/// Restarts a bus that has stayed unhealthy for too long. MassTransit reconnects a receive endpoint after a broker
/// outage, but gives up on it for good after an error its reconnect policy does not list (a broker restart under load
/// once left the indexer with no consumer while thousands of profiles waited), and nothing else would notice.
/// The threshold is longer than MassTransit's own longest reconnect interval (30 s), so an ordinary reconnect is left alone.
/// </summary>
public sealed class BusWatchdog(IBusControl bus, RabbitMqOptions options, TimeProvider clock, ILogger<BusWatchdog> logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);

    private int _restarts;

    /// <summary>How many restarts were begun; counted before the bus starts again, so before it consumes anything.</summary>
    public int Restarts => Volatile.Read(ref _restarts);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var unhealthy = new UnhealthySpell(TimeSpan.FromSeconds(options.RestartUnhealthyAfterSeconds));
        using var timer = new PeriodicTimer(CheckEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var health = bus.CheckHealth();
                if (!unhealthy.Observe(health.Status == BusHealthStatus.Healthy, clock.GetUtcNow())) continue;
                logger.LogWarning("The bus has been unhealthy for {Seconds} s ({Description}); restarting it", options.RestartUnhealthyAfterSeconds, health.Description);
                await RestartAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    /// <summary>Stops the bus (in-flight messages finish or go back to the broker) and starts it again.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await bus.StopAsync(cancellationToken);
        Interlocked.Increment(ref _restarts);
        try
        {
            await bus.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The broker may still be away: the started bus keeps reconnecting, and the next spell restarts it again.
            logger.LogWarning(e, "The restarted bus is not connected yet");
        }
    }
}

/// <summary>Tells when an unhealthy spell has lasted <paramref name="limit"/>; a restart begins a new spell.</summary>
public sealed class UnhealthySpell(TimeSpan limit)
{
    private DateTimeOffset? _since;

    /// <summary>Records one health check; true when the bus should be restarted now.</summary>
    public bool Observe(bool healthy, DateTimeOffset now)
    {
        if (healthy) { _since = null; return false; }
        _since ??= now;
        if (now - _since < limit) return false;
        _since = null;
        return true;
    }
}
