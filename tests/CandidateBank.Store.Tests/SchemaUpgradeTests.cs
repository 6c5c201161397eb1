using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Store.Tests;

public sealed class SchemaUpgradeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "candidatebank-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Database_from_an_older_version_gains_the_missing_tables_and_keeps_its_rows()
    {
        await using (var db = Open())
        {
            await db.InitialiseAsync();
            db.Candidates.Add(new CandidateRecord { CandidateId = "kept", JobCentre = "Aarhus", Version = 1, ProfileJson = "{}", PublishedAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
            // An older version had no job orders table.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE JobOrders");
        }

        await using (var db = Open())
        {
            await db.InitialiseAsync();
            Assert.Equal(0, await db.JobOrders.CountAsync());
            Assert.Equal("kept", (await db.Candidates.SingleAsync()).CandidateId);
        }

        await using (var db = Open()) await db.InitialiseAsync(); // a second start changes nothing and does not fail
    }

    private CandidateBankDb Open()
    {
        Directory.CreateDirectory(_directory);
        var options = new DbContextOptionsBuilder<CandidateBankDb>()
            .UseSqlite($"Data Source={Path.Combine(_directory, "candidatebank.db")};Pooling=False").Options;
        return new CandidateBankDb(options);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
