using CandidateBank.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CandidateBank.Store.Tests;

/// <summary>The store on the real PostgreSQL of tests/postgres.sh, in a database of this class's own.</summary>
public sealed class PostgresStoreTests : IDisposable
{
    private readonly PostgresDatabase _database = new();

    [Fact]
    public async Task First_start_creates_every_table_in_an_empty_database()
    {
        await using var db = Open();
        await db.InitialiseAsync();

        Assert.True(db.Database.IsNpgsql());
        Assert.Equal(0, await db.Candidates.CountAsync());
        Assert.Equal(0, await db.JobOrders.CountAsync());
        Assert.Equal(0, await db.Outbox.CountAsync());
        Assert.Equal(0, await db.AccessLog.CountAsync());
        Assert.Equal(0, await db.Tenders.CountAsync());
    }

    [Fact]
    public async Task Access_log_entries_cannot_be_changed_deleted_or_truncated_even_with_plain_sql()
    {
        await using var db = Open();
        await db.InitialiseAsync();
        var at = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(1));
        db.AccessLog.Add(new AccessLogEntry { CandidateId = "c-1", JobCentre = "Aarhus", At = at, Actor = "consultant", Action = AccessActions.Opened, Purpose = "test" });
        await db.SaveChangesAsync();

        var update = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AccessLog" SET "Actor" = 'nobody'"""));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AccessLog" """));
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("""TRUNCATE "AccessLog" """));
        Assert.All([update, delete, truncate], refusal => Assert.Contains("append-only", refusal.MessageText));
        var entry = await db.AccessLog.AsNoTracking().SingleAsync();
        Assert.Equal("consultant", entry.Actor);
        Assert.Equal(at, entry.At); // the same instant back, whatever offset it was written with
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused_naming_the_setting()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => StoreSetup.Open(Path.GetTempPath(), new StoreOptions { Provider = StoreProvider.Postgres }));
        Assert.Contains("CandidateBank:Store:ConnectionString", refusal.Message);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_startup_error_that_says_where_it_looked()
    {
        var nowhere = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Host = "127.0.0.1", Port = 1, Timeout = 3 }.ToString();
        await using var db = StoreSetup.Open(Path.GetTempPath(), new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = nowhere });

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => db.InitialiseAsync());
        Assert.Contains("127.0.0.1:1", refusal.Message);
        Assert.Contains("CandidateBank:Store:ConnectionString", refusal.Message);
    }

    private CandidateBankDb Open() =>
        StoreSetup.Open(Path.GetTempPath(), new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = _database.ConnectionString });

    public void Dispose() => _database.Dispose();
}
