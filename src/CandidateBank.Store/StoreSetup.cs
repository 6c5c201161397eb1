using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Store;

public static class StoreSetup
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

    /// <summary>Creates the schema on first start and switches SQLite to WAL, so readers never wait for the indexer.</summary>
    public static async Task InitialiseAsync(this CandidateBankDb db, CancellationToken cancellationToken = default)
    {
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
