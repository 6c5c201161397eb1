using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CandidateBank.Store;

/// <summary>
/// Which server runs the work that must happen once however many replicas share the store: delivering the outbox,
/// watching the promise, the retention sweep. On PostgreSQL the leader is whoever holds a session-level advisory lock
/// (<c>pg_try_advisory_lock</c>) on a connection it keeps open; when that server stops or dies the connection closes,
/// the lock goes with it, and another replica takes it at its next try. On SQLite there is one server: always the leader.
/// </summary>
public sealed class WorkLeadership(StoreOptions options, ILogger<WorkLeadership> logger) : BackgroundService
{
    /// <summary>The lock's key: "CandidateBank work", any constant no other application on the database uses.</summary>
    public const long LockKey = 0x43424C454144;

    public static TimeSpan RetryEvery { get; set; } = TimeSpan.FromSeconds(2);

    private volatile bool _leader = options.Provider != StoreProvider.Postgres;

    public bool IsLeader => _leader;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Provider != StoreProvider.Postgres) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(options.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                await using var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockKey})", connection);
                await using var check = new NpgsqlCommand("SELECT 1", connection);
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (!_leader && (bool)(await take.ExecuteScalarAsync(stoppingToken))!)
                    {
                        _leader = true;
                        logger.LogInformation("This server now runs the once-only work (outbox, promise watch, retention)");
                    }
                    else if (_leader) await check.ExecuteScalarAsync(stoppingToken); // the lock lives as long as this connection
                    await Task.Delay(RetryEvery, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (_leader) logger.LogWarning(e, "Lost the connection holding the work lock; another replica may take over");
                _leader = false;
                await Task.Delay(RetryEvery, stoppingToken);
            }
        }
        _leader = false;
    }
}
