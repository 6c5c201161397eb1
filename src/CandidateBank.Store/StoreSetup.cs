using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CandidateBank.Store;

public static partial class StoreSetup
{
    /// <summary>
    /// Registers the store: SQLite in <paramref name="dataDirectory"/> unless <paramref name="options"/> chooses Postgres.
    /// The data directory is created either way, because the Lucene index and the outbox files live there too.
    /// </summary>
    public static IServiceCollection AddCandidateBankStore(this IServiceCollection services, string dataDirectory, StoreOptions? options = null)
    {
        Directory.CreateDirectory(dataDirectory);
        var configure = Configure(dataDirectory, options ?? new StoreOptions());
        services.AddDbContext<CandidateBankDb>(builder => configure(builder));
        return services;
    }

    /// <summary>Options for a <see cref="CandidateBankDb"/> outside dependency injection (the CLI, tests).</summary>
    public static DbContextOptions<CandidateBankDb> DbOptions(string dataDirectory, StoreOptions options)
    {
        var builder = new DbContextOptionsBuilder<CandidateBankDb>();
        Configure(dataDirectory, options)(builder);
        return builder.Options;
    }

    private static Action<DbContextOptionsBuilder> Configure(string dataDirectory, StoreOptions options)
    {
        if (options.Provider == StoreProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                throw new InvalidOperationException(
                    "CandidateBank:Store:Provider is Postgres but CandidateBank:Store:ConnectionString is not set; " +
                    "give an Npgsql connection string, e.g. Host=db.example;Database=candidatebank;Username=candidatebank;Password=...");
            var postgres = options.ConnectionString;
            return builder => builder.UseNpgsql(postgres);
        }
        var sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "candidatebank.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        return builder => builder.UseSqlite(sqlite);
    }

    /// <summary>
    /// Creates the schema on first start and adds the tables and indexes a newer version introduced to an existing
    /// database (additive changes only: a changed column needs a migration note in README), makes the access log
    /// append-only, and on SQLite switches to WAL, so readers never wait for the indexer.
    /// </summary>
    public static async Task InitialiseAsync(this CandidateBankDb db, CancellationToken cancellationToken = default)
    {
        if (!await EnsureCreatedAsync(db, cancellationToken))
        {
            // Both SQLite and PostgreSQL understand CREATE TABLE / [UNIQUE] INDEX IF NOT EXISTS, so one upgrade serves both.
            foreach (var statement in db.Database.GenerateCreateScript().Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var idempotent = CreateStatement().Replace(statement, "CREATE $1 IF NOT EXISTS ", 1);
                if (idempotent != statement) await db.Database.ExecuteSqlRawAsync(idempotent, cancellationToken);
            }
        }
        await AccessLogGuard.InstallAsync(db, cancellationToken);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>The first touch of a PostgreSQL store: an unreachable server is a startup error that says where it looked.</summary>
    private static async Task<bool> EnsureCreatedAsync(CandidateBankDb db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.EnsureCreatedAsync(cancellationToken);
        }
        // EF Core wraps a transient Npgsql failure in an InvalidOperationException that suggests retrying: unwrap it.
        catch (Exception exception) when (exception is NpgsqlException || exception.InnerException is NpgsqlException)
        {
            var cause = exception as NpgsqlException ?? (NpgsqlException)exception.InnerException!;
            var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
            throw new InvalidOperationException(
                $"The PostgreSQL store at {target.Host}:{target.Port}, database '{target.Database}', user '{target.Username}' " +
                $"cannot be reached or created ({cause.Message}). Check CandidateBank:Store:ConnectionString.", exception);
        }
    }

    [GeneratedRegex(@"^CREATE (TABLE|UNIQUE INDEX|INDEX) ")]
    private static partial Regex CreateStatement();
}
