using Npgsql;

namespace CandidateBank.Tests.Shared;

/// <summary>
/// A database of its own on the private PostgreSQL that tests/postgres.sh starts, so test classes never see each
/// other's rows; dropped again on dispose. Without that server the tests fail and say how to start it: never skipped.
/// The benchmarks link this file too, and give the server themselves. Internal: a test project that references the
/// benchmark assembly and links this file would otherwise see two public types of the same name.
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    public const string Variable = "CANDIDATEBANK_TEST_POSTGRES";

    public string Name { get; }

    /// <summary>The connection string for this database, created empty (EF Core's EnsureCreated then adds its tables).</summary>
    public string ConnectionString { get; }

    private readonly string _server;

    public PostgresDatabase() : this(Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"{Variable} is not set: these tests need the private PostgreSQL of tests/postgres.sh. Run bash tests/run.sh, " +
            "or: source tests/postgres.sh && postgres_start, then dotnet test in that shell."))
    {
    }

    /// <param name="server">A connection string whose user may create databases; the new one is named <paramref name="prefix"/> and a random part.</param>
    public PostgresDatabase(string server, string prefix = "cbtest_")
    {
        _server = server;
        Name = prefix + Guid.NewGuid().ToString("N")[..16];
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = Name }.ToString();
        Execute($"CREATE DATABASE \"{Name}\"");
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
