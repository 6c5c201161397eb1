using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CandidateBank.Store;

public static class StoreSetup
{
    /// <summary>
    /// Registers the store: SQLite in <paramref name="dataDirectory"/> unless <paramref name="options"/> chooses Postgres.
    /// The data directory is created either way, because the Lucene index and the outbox files live there too. Register
    /// it first: its migrations run at start before any other service reads a table.
    /// </summary>
    public static IServiceCollection AddCandidateBankStore(this IServiceCollection services, string dataDirectory, StoreOptions? options = null)
    {
        Directory.CreateDirectory(dataDirectory);
        options ??= new StoreOptions();
        if (options.Provider == StoreProvider.Postgres)
        {
            var connection = PostgresConnection(options);
            services.AddDbContext<CandidateBankDb, PostgresCandidateBankDb>(builder => builder.UseNpgsql(connection));
        }
        else
        {
            var connection = SqliteConnection(dataDirectory);
            services.AddDbContext<CandidateBankDb, SqliteCandidateBankDb>(builder => builder.UseSqlite(connection).AddInterceptors(SecureDelete.Instance));
        }
        services.AddHostedService<StoreInitialiser>();
        services.AddSingleton(options);
        services.AddSingleton<WorkLeadership>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkLeadership>());
        return services;
    }

    /// <summary>A <see cref="CandidateBankDb"/> outside dependency injection (the CLI, tools, tests).</summary>
    public static CandidateBankDb Open(string dataDirectory, StoreOptions options) => options.Provider == StoreProvider.Postgres
        ? new PostgresCandidateBankDb(new DbContextOptionsBuilder<PostgresCandidateBankDb>().UseNpgsql(PostgresConnection(options)).Options)
        : new SqliteCandidateBankDb(new DbContextOptionsBuilder<SqliteCandidateBankDb>().UseSqlite(SqliteConnection(dataDirectory)).AddInterceptors(SecureDelete.Instance).Options);

    private static string PostgresConnection(StoreOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException(
                "CandidateBank:Store:Provider is Postgres but CandidateBank:Store:ConnectionString is not set; " +
                "give an Npgsql connection string, e.g. Host=db.example;Database=candidatebank;Username=candidatebank;Password=...")
            : options.ConnectionString;

    private static string SqliteConnection(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, "candidatebank.db"),
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private const long InitialiseLockKey = 0x4342494E4954; // "CBINIT"

    /// <summary>
    /// Brings the store to this release's schema: creates it on first start, adopts a store made before migrations
    /// existed (<see cref="LegacyStore"/>), applies every pending migration, makes the access log append-only, and on
    /// SQLite switches to WAL, so readers never wait for the indexer.
    /// </summary>
    public static async Task InitialiseAsync(this CandidateBankDb db, CancellationToken cancellationToken = default)
    {
        try
        {
            // Replicas starting together on one PostgreSQL database migrate one after the other.
            if (db.Database.IsNpgsql())
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({InitialiseLockKey})", cancellationToken);
            }
            await LegacyStore.AdoptAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            await AccessLogGuard.InstallAsync(db, cancellationToken);
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({InitialiseLockKey})", cancellationToken);
        }
        // EF Core wraps a transient Npgsql failure in an InvalidOperationException that suggests retrying: unwrap it.
        // An error the server reported (PostgresException) is not about reaching it, and is left as it is.
        catch (Exception exception) when (exception is NpgsqlException and not PostgresException || exception.InnerException is NpgsqlException and not PostgresException)
        {
            var cause = exception as NpgsqlException ?? (NpgsqlException)exception.InnerException!;
            var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
            throw new InvalidOperationException(
                $"The PostgreSQL store at {target.Host}:{target.Port}, database '{target.Database}', user '{target.Username}' " +
                $"cannot be reached or created ({cause.Message}). Check CandidateBank:Store:ConnectionString.", exception);
        }
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
