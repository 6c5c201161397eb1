using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CandidateBank.Store;

/// <summary>The store in a SQLite file; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteCandidateBankDb(DbContextOptions<SqliteCandidateBankDb> options) : CandidateBankDb(options);

/// <summary>The store in PostgreSQL; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresCandidateBankDb(DbContextOptions<PostgresCandidateBankDb> options) : CandidateBankDb(options);

/// <summary>For <c>dotnet ef migrations add X --context SqliteCandidateBankDb</c>: no database is opened.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCandidateBankDb>
{
    public SqliteCandidateBankDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCandidateBankDb>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>For <c>dotnet ef migrations add X --context PostgresCandidateBankDb</c>: no database is opened.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCandidateBankDb>
{
    public PostgresCandidateBankDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCandidateBankDb>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
