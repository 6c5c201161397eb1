using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Cli;

/// <summary>The server's SQLite store, opened from its data directory by operator commands.</summary>
public static class StoreFile
{
    public const string DefaultDataDirectory = "src/CandidateBank.Server/data";

    public static string DataDirectory(Options options) => Path.GetFullPath(options["--data"] ?? DefaultDataDirectory);

    /// <summary>Opens the store; it must exist (the server creates it), so a mistyped --data is an error, not a new empty bank.</summary>
    public static async Task<CandidateBankDb> OpenAsync(string dataDirectory)
    {
        var database = Path.Combine(dataDirectory, "candidatebank.db");
        if (!File.Exists(database)) throw new UsageException($"No store at {database}: pass the server's data directory with --data.");
        var db = new CandidateBankDb(new DbContextOptionsBuilder<CandidateBankDb>().UseSqlite($"Data Source={database}").Options);
        await db.InitialiseAsync();
        return db;
    }
}
