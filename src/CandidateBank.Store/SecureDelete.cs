using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CandidateBank.Store;

/// <summary>
/// Erased means erased on disk: SQLite overwrites deleted content with zeros (<c>secure_delete</c>, a setting of each
/// connection), and <see cref="PurgeAsync"/> moves the write-ahead log into the database and truncates it, so the
/// old pages of an erased profile are in no file. PostgreSQL keeps dead rows until VACUUM; see docs/security.md.
/// </summary>
public sealed class SecureDelete : DbConnectionInterceptor
{
    public static SecureDelete Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Enable(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Enable(connection);
        return Task.CompletedTask;
    }

    private static void Enable(DbConnection connection)
    {
        if (connection is not SqliteConnection) return;
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
    }

    /// <summary>After an erasure: the WAL, which still holds the pages as they were, is checkpointed and truncated.</summary>
    public static async Task PurgeAsync(CandidateBankDb db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }
}
