using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Store.Tests;

public sealed class AccessLogTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "candidatebank-log-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Access_log_entries_cannot_be_changed_or_deleted_even_with_plain_sql()
    {
        Directory.CreateDirectory(_directory);
        await using var db = StoreSetup.Open(_directory, new StoreOptions());
        await db.InitialiseAsync();
        db.AccessLog.Add(new AccessLogEntry { CandidateId = "c-1", JobCentre = "Aarhus", At = DateTimeOffset.UnixEpoch, Actor = "consultant", Action = AccessActions.Opened, Purpose = "test" });
        await db.SaveChangesAsync();

        var update = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AccessLog SET Actor = 'nobody'"));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AccessLog"));
        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal("consultant", (await db.AccessLog.AsNoTracking().SingleAsync()).Actor);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
