using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using CandidateBank.Contracts;
using CandidateBank.Store;
using CandidateBank.SyntheticData;
using Npgsql;
using NpgsqlTypes;

namespace CandidateBank.Bench.Replicas;

/// <summary>
/// Fills a PostgreSQL store with synthetic profiles as the indexer leaves them (one row per profile: the JSON as
/// published, stored and marked indexed), by binary COPY straight into the Candidates table: a replica started on it
/// then finds profiles its own index lacks and indexes them from the store, as a new replica does on a live bank.
/// </summary>
public static class ProfileBulkLoad
{
    /// <summary>Profiles per seed: each share is generated on its own thread, the same for the same count on every machine.</summary>
    private const int Share = 100_000;
    private const int RowsPerBatch = 1_000;

    private const string Copy = """
        COPY "Candidates" ("JobCentre", "CandidateId", "Version", "ProfileJson", "PublishedAt", "IndexedAt") FROM STDIN (FORMAT BINARY)
        """;

    private sealed record Row(string JobCentre, string CandidateId, int Version, string Json);

    /// <summary>Brings an empty database to the server's schema, as a server's first start would.</summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var db = StoreSetup.Open(Path.GetTempPath(), new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = connectionString });
        await db.InitialiseAsync(cancellationToken);
    }

    /// <summary>Writes <paramref name="count"/> profiles (seeds 1, 2, … for each 100,000), printing progress every 10 s.</summary>
    public static async Task<TimeSpan> LoadAsync(string connectionString, int count, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // A failed COPY must stop the generators too, or they wait forever on a full channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<Row[]>(new BoundedChannelOptions(64) { SingleReader = true });
        var generating = Task.Run(async () =>
        {
            try
            {
                var shares = Enumerable.Range(0, (count + Share - 1) / Share).Select(i => (Seed: i + 1, Count: Math.Min(Share, count - i * Share)));
                await Parallel.ForEachAsync(shares, new ParallelOptions { CancellationToken = stop.Token }, async (share, token) =>
                {
                    foreach (var batch in SyntheticBank.Denmark.Candidates(share.Count, share.Seed).Chunk(RowsPerBatch))
                        await batches.Writer.WriteAsync(batch.Select(p => new Row(p.JobCentre, p.CandidateId, p.Version, JsonSerializer.Serialize(p, ContractJson.Options))).ToArray(), token);
                });
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, stop.Token);
        try
        {
            await CopyAsync(connectionString, count, batches.Reader, clock, cancellationToken);
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        await generating;
        return clock.Elapsed;
    }

    private static async Task CopyAsync(string connectionString, int count, ChannelReader<Row[]> batches, Stopwatch clock, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow.UtcTicks; // the store keeps times as UTC ticks (DateTimeOffsetToUtcTicks)
        var written = 0;
        var told = TimeSpan.Zero;
        await using (var rows = await connection.BeginBinaryImportAsync(Copy, cancellationToken))
        {
            await foreach (var batch in batches.ReadAllAsync(cancellationToken))
            {
                foreach (var row in batch)
                {
                    await rows.StartRowAsync(cancellationToken);
                    await rows.WriteAsync(row.JobCentre, NpgsqlDbType.Text, cancellationToken);
                    await rows.WriteAsync(row.CandidateId, NpgsqlDbType.Text, cancellationToken);
                    await rows.WriteAsync(row.Version, NpgsqlDbType.Integer, cancellationToken);
                    await rows.WriteAsync(row.Json, NpgsqlDbType.Text, cancellationToken);
                    await rows.WriteAsync(now, NpgsqlDbType.Bigint, cancellationToken);
                    await rows.WriteAsync(now, NpgsqlDbType.Bigint, cancellationToken);
                }
                written += batch.Length;
                if (clock.Elapsed - told >= TimeSpan.FromSeconds(10))
                {
                    told = clock.Elapsed;
                    Console.WriteLine($"    loading: {written:N0} of {count:N0} profiles after {told.TotalSeconds:0} s ({written / told.TotalSeconds:N0}/s)");
                }
            }
            await rows.CompleteAsync(cancellationToken);
        }
        // Fresh statistics, as autovacuum would give a table this size a little later: the replicas' queries plan on them.
        await using (var analyse = new NpgsqlCommand("""ANALYZE "Candidates" """, connection)) await analyse.ExecuteNonQueryAsync(cancellationToken);
    }
}
