using System.Data.Common;
using CandidateBank.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Store.Tests;

/// <summary>
/// A store written by the release before migrations (its schema kept in PreviousRelease/, exactly as EnsureCreated made
/// it) is migrated at start with every row kept, on SQLite and on PostgreSQL; starting again changes nothing.
/// </summary>
public sealed class PreviousReleaseUpgradeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "candidatebank-upgrade-" + Guid.NewGuid().ToString("N"));
    private PostgresDatabase? _postgres;

    private static string Schema(string provider) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PreviousRelease", $"schema.{provider}.sql"));

    private static string Q(CandidateBankDb db, string name) => db.Database.IsNpgsql() ? $"\"{name}\"" : name;

    /// <summary>Rows as the previous release wrote them: a candidate, an order with its shortlist, a disclosure, a key.</summary>
    private static async Task WriteRowsAsync(CandidateBankDb db)
    {
        string[] rows =
        [
            $"INSERT INTO {Q(db, "Candidates")} ({Q(db, "CandidateId")}, {Q(db, "JobCentre")}, {Q(db, "Version")}, {Q(db, "ProfileJson")}, {Q(db, "PublishedAt")}) VALUES ('kept-1', 'Aarhus', 3, '{{\"candidateId\":\"kept-1\"}}', 638000000000000000)",
            $"INSERT INTO {Q(db, "JobOrders")} ({Q(db, "Id")}, {Q(db, "OrderJson")}, {Q(db, "Status")}, {Q(db, "ReceivedAt")}, {Q(db, "Deadline")}, {Q(db, "ShortlistJson")}) VALUES ('order-1', '{{\"title\":\"Fire struktører\",\"jobCentre\":\"Odense\",\"company\":{{\"cvr\":\"10150817\",\"name\":\"Østjysk Beton A/S\",\"contactEmail\":\"hr@beton.example\"}}}}', 'shortlisted', 638000000000000000, 638000864000000000, '{{\"candidates\":[]}}')",
            $"INSERT INTO {Q(db, "AccessLog")} ({Q(db, "CandidateId")}, {Q(db, "JobCentre")}, {Q(db, "At")}, {Q(db, "Actor")}, {Q(db, "Action")}, {Q(db, "Purpose")}) VALUES ('kept-1', 'Aarhus', 638000000000000000, 'konsulent', 'opened', 'test')",
            $"INSERT INTO {Q(db, "ApiKeys")} ({Q(db, "Name")}, {Q(db, "Role")}, {Q(db, "JobCentre")}, {Q(db, "SecretSha256")}, {Q(db, "Prefix")}, {Q(db, "CreatedAt")}) VALUES ('randers-jc', 'jobcentre', 'Randers', 'abc', 'cb_1', 638000000000000000)",
        ];
        foreach (var row in rows) await ExecuteAsync(db, row);
    }

    /// <summary>Plain SQL as the previous release's tables take it (EF Core's raw SQL would read the JSON braces as placeholders).</summary>
    private static async Task ExecuteAsync(CandidateBankDb db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task AssertMigratedWithRowsKeptAsync(Func<CandidateBankDb> open)
    {
        await using (var db = open())
        {
            await db.InitialiseAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(3, (await db.Candidates.SingleAsync()).Version);
            var order = await db.JobOrders.SingleAsync();
            Assert.Equal(("order-1", "shortlisted"), (order.Id, order.Status));
            // Columns a later release added are filled from the stored order, so tenancy and lists work on old orders.
            Assert.Equal(("Odense", "Fire struktører", "10150817", "Østjysk Beton A/S"), (order.JobCentre, order.Title, order.CompanyCvr, order.CompanyName));
            Assert.Equal((4, 0), (order.Target, order.QualifiedCount)); // no positions: the promised four; no count in the old shortlist
            Assert.Equal(638000000000000000, order.LastActivityAt.UtcTicks); // its receipt, the last thing that happened
            Assert.Equal("konsulent", (await db.AccessLog.SingleAsync()).Actor);
            Assert.Equal("Randers", (await db.ApiKeys.SingleAsync()).JobCentre);
        }
        await using (var db = open())
        {
            await db.InitialiseAsync(); // a second start finds nothing to do
            Assert.Equal(1, await db.JobOrders.CountAsync());
        }
    }

    [Fact]
    public async Task A_sqlite_store_of_the_previous_release_is_migrated_with_every_row_kept()
    {
        CandidateBankDb Open() => StoreSetup.Open(_directory, new StoreOptions());
        Directory.CreateDirectory(_directory);
        await using (var db = Open())
        {
            await ExecuteAsync(db, Schema("sqlite"));
            await WriteRowsAsync(db);
        }

        await AssertMigratedWithRowsKeptAsync(Open);
    }

    [Fact]
    public async Task A_postgres_store_of_the_previous_release_is_migrated_with_every_row_kept()
    {
        _postgres = new PostgresDatabase();
        CandidateBankDb Open() => StoreSetup.Open(_directory, new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = _postgres.ConnectionString });
        await using (var db = Open())
        {
            await ExecuteAsync(db, Schema("postgres"));
            await WriteRowsAsync(db);
        }

        await AssertMigratedWithRowsKeptAsync(Open);
    }

    [Fact]
    public async Task A_store_older_than_the_previous_release_gains_the_tables_it_lacked()
    {
        CandidateBankDb Open() => StoreSetup.Open(_directory, new StoreOptions());
        Directory.CreateDirectory(_directory);
        await using (var db = Open())
        {
            await ExecuteAsync(db, Schema("sqlite"));
            await ExecuteAsync(db, "DROP TABLE Tenders; DROP TABLE Companies;"); // releases before the tender registry
            await ExecuteAsync(db, "INSERT INTO Candidates (CandidateId, JobCentre, Version, ProfileJson, PublishedAt) VALUES ('kept-1', 'Aarhus', 1, '{}', 0)");
        }

        await using (var db = Open())
        {
            await db.InitialiseAsync();
            Assert.Equal(0, await db.Tenders.CountAsync());
            Assert.Equal("kept-1", (await db.Candidates.SingleAsync()).CandidateId);
        }
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
