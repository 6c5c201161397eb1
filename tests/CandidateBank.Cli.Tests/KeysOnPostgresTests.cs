using CandidateBank.Tests.Shared;

namespace CandidateBank.Cli.Tests;

/// <summary><c>keys --connection</c>: API keys issued into a PostgreSQL store (the PostgreSQL of tests/postgres.sh).</summary>
public sealed class KeysOnPostgresTests : IDisposable
{
    private readonly PostgresDatabase _database = new();

    [Fact]
    public async Task Key_created_with_a_connection_string_is_listed_without_its_secret_and_can_be_revoked()
    {
        var created = await Cli.Run("keys", "create", "--name", "randers-jc", "--role", "jobcentre", "--job-centre", "Randers", "--connection", _database.ConnectionString);
        Assert.Equal(0, created.Exit);
        var secret = created.Out.Trim().Split('\n')[^1].Trim();

        var listed = await Cli.Run("keys", "list", "--connection", _database.ConnectionString);
        Assert.Contains("randers-jc", listed.Out);
        Assert.DoesNotContain(secret, listed.Out);

        Assert.Equal(0, (await Cli.Run("keys", "revoke", "--name", "randers-jc", "--connection", _database.ConnectionString)).Exit);
        var row = (await Cli.Run("keys", "list", "--connection", _database.ConnectionString)).Out.Split('\n').Single(l => l.StartsWith("randers-jc"));
        Assert.False(row.TrimEnd().EndsWith('-'), $"The key is not shown as revoked: {row}");
    }

    [Fact]
    public async Task Unreachable_postgres_is_a_usage_error_naming_the_host()
    {
        var (exit, _, error) = await Cli.Run("keys", "list", "--connection", "Host=127.0.0.1;Port=1;Database=none;Username=nobody;Timeout=3");

        Assert.Equal(2, exit);
        Assert.Contains("127.0.0.1:1", error);
    }

    [Fact]
    public async Task Mistyped_database_name_is_an_error_not_a_new_empty_bank()
    {
        var mistyped = new Npgsql.NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = _database.Name + "_typo" }.ToString();

        var (exit, _, error) = await Cli.Run("keys", "list", "--connection", mistyped);

        Assert.Equal(2, exit);
        Assert.Contains($"No database '{_database.Name}_typo'", error);
    }

    public void Dispose() => _database.Dispose();
}
