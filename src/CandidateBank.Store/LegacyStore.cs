using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace CandidateBank.Store;

/// <summary>
/// Stores created before migrations (by EnsureCreated, up to the release of 30 November 2026) have tables but no
/// migration history. Such a store is brought to the first migration's schema (tables an even older release lacked are
/// created; nothing existing is touched) and recorded as having it, so the later migrations apply to it like any other.
/// </summary>
internal static partial class LegacyStore
{
    public static async Task AdoptAsync(CandidateBankDb db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken)) return;
        // Asked of the catalogue: Npgsql's IHistoryRepository.ExistsAsync answers true for a database without the table.
        if (await HasTableAsync(db, HistoryRepository.DefaultTableName, cancellationToken) || !await HasTableAsync(db, "Candidates", cancellationToken)) return;
        var history = db.GetService<IHistoryRepository>();

        var baseline = db.Database.GetMigrations().First();
        var script = db.GetService<IMigrator>().GenerateScript(fromMigration: Migration.InitialDatabase, toMigration: baseline);
        foreach (var statement in script.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // The script also creates and fills the history table; that is done below, once the schema is complete.
            if (!CreateStatement().IsMatch(statement) || statement.Contains(HistoryRepository.DefaultTableName, StringComparison.Ordinal)) continue;
            await db.Database.ExecuteSqlRawAsync(CreateStatement().Replace(statement, "CREATE $1 IF NOT EXISTS ", 1), cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), cancellationToken);
    }

    private static async Task<bool> HasTableAsync(CandidateBankDb db, string table, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlite()
            ? "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}"
            : "SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {0}";
        return await db.Database.SqlQueryRaw<int>(sql, table).SingleAsync(cancellationToken) > 0;
    }

    [GeneratedRegex(@"^CREATE (TABLE|UNIQUE INDEX|INDEX) ")]
    private static partial Regex CreateStatement();
}
