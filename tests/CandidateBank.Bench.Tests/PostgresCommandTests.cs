using CandidateBank.Bench.Postgres;
using CandidateBank.Tests.Shared;

namespace CandidateBank.Bench.Tests;

/// <summary>The benchmark's <c>pg-quality</c> entry point, on the PostgreSQL of tests/postgres.sh.</summary>
public sealed class PostgresCommandTests : IDisposable
{
    private readonly PostgresDatabase _database = new();
    private static readonly string DevSetPath = Path.Combine(AppContext.BaseDirectory, "Evaluation", "devset.json");

    [Fact]
    public async Task Pg_quality_on_the_dev_set_succeeds()
    {
        Assert.Equal(0, await PostgresCommand.RunAsync(["pg-quality", "--connection", _database.ConnectionString, "--devset", DevSetPath]));
    }

    [Fact]
    public async Task Pg_quality_with_an_unknown_option_is_a_usage_error()
    {
        Assert.Equal(2, await PostgresCommand.RunAsync(["pg-quality", "--conection", _database.ConnectionString]));
    }

    public void Dispose() => _database.Dispose();
}
