using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Store;

public static partial class StoreSetup
{
    public static IServiceCollection AddCandidateBankStore(this IServiceCollection services, string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "candidatebank.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        services.AddDbContext<CandidateBankDb>(options => options.UseSqlite(connection));
        return services;
    }

    /// <summary>
    /// Creates the schema on first start and adds the tables and indexes a newer version introduced to an existing
    /// database (additive changes only: a changed column needs a migration note in README), makes the access log
    /// append-only, and switches SQLite to WAL, so readers never wait for the indexer.
    /// </summary>
    public static async Task InitialiseAsync(this CandidateBankDb db, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.EnsureCreatedAsync(cancellationToken))
        {
            foreach (var statement in db.Database.GenerateCreateScript().Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var idempotent = CreateStatement().Replace(statement, "CREATE $1 IF NOT EXISTS ", 1);
                if (idempotent != statement) await db.Database.ExecuteSqlRawAsync(idempotent, cancellationToken);
            }
        }
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER IF NOT EXISTS AccessLogRefusesUpdate BEFORE UPDATE ON AccessLog BEGIN SELECT RAISE(ABORT, 'The access log is append-only.'); END;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER IF NOT EXISTS AccessLogRefusesDelete BEFORE DELETE ON AccessLog BEGIN SELECT RAISE(ABORT, 'The access log is append-only.'); END;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    [GeneratedRegex(@"^CREATE (TABLE|UNIQUE INDEX|INDEX) ")]
    private static partial Regex CreateStatement();
}
