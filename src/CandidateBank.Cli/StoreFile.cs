using CandidateBank.Store;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CandidateBank.Cli;

/// <summary>
/// The server's store, opened by operator commands: the SQLite file in its data directory, or with
/// <c>--connection</c> the PostgreSQL database the server is configured with.
/// </summary>
public static class StoreFile
{
    public const string DefaultDataDirectory = "src/CandidateBank.Server/data";

    public static string DataDirectory(Options options) => Path.GetFullPath(options["--data"] ?? DefaultDataDirectory);

    public static Task<CandidateBankDb> OpenAsync(Options options) =>
        options["--connection"] is { } connection ? OpenPostgresAsync(connection) : OpenAsync(DataDirectory(options));

    /// <summary>Opens the store; it must exist (the server creates it), so a mistyped --data is an error, not a new empty bank.</summary>
    public static async Task<CandidateBankDb> OpenAsync(string dataDirectory)
    {
        var database = Path.Combine(dataDirectory, "candidatebank.db");
        if (!File.Exists(database)) throw new UsageException($"No store at {database}: pass the server's data directory with --data.");
        var db = StoreSetup.Open(dataDirectory, new StoreOptions());
        await db.InitialiseAsync();
        return db;
    }

    /// <summary>Like the SQLite file, the database must exist: a mistyped name is an error, not a new empty bank.</summary>
    private static async Task<CandidateBankDb> OpenPostgresAsync(string connection)
    {
        var db = StoreSetup.Open(Path.GetTempPath(), new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = connection });
        var target = new NpgsqlConnectionStringBuilder(connection);
        try
        {
            if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync())
                throw new UsageException($"No database '{target.Database}' on {target.Host}:{target.Port}: pass the server's CandidateBank:Store:ConnectionString with --connection.");
            await db.InitialiseAsync();
            return db;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            await db.DisposeAsync();
            // EF Core wraps a connection failure in an InvalidOperationException; StoreSetup's own refusals are not wrapped.
            var unreachable = e as NpgsqlException ?? e.InnerException as NpgsqlException;
            throw new UsageException(unreachable is null ? e.Message : $"The PostgreSQL store at {target.Host}:{target.Port} cannot be reached ({unreachable.Message}).");
        }
        catch (UsageException)
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
