using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Tests;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Cli.Tests;

public sealed class ReindexCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "candidatebank-cli-" + Guid.NewGuid().ToString("N"));

    private async Task StoreCandidates(int count)
    {
        Directory.CreateDirectory(_data);
        await using var db = StoreSetup.Open(_data, new StoreOptions());
        await db.InitialiseAsync();
        for (var i = 0; i < count; i++)
        {
            var profile = Profiles.Struktør($"cli-{i:D4}");
            db.Candidates.Add(new CandidateRecord
            {
                CandidateId = profile.CandidateId, JobCentre = profile.JobCentre, Version = 1,
                ProfileJson = JsonSerializer.Serialize(profile, ContractJson.Options), PublishedAt = DateTimeOffset.UtcNow,
            });
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Reindex_rebuilds_an_index_that_lost_everything_from_the_store()
    {
        await StoreCandidates(2500);
        var (exit, output, _) = await Cli.Run("reindex", "--data", _data);
        Assert.Equal(0, exit);
        Assert.Contains("Indexed 2500 candidates", output);
        Assert.Contains("2500/2500 (100 %)", output);

        using var index = new CandidateIndex(Path.Combine(_data, "index"), Municipalities.Denmark, RecruitmentNetworks.Defaults);
        Assert.Equal(2500, index.Count);
        Assert.Equal(1, Assert.Single(index.IndexedVersions(), v => v.Key.CandidateId == "cli-2499").Value);
    }

    [Fact]
    public async Task Reindex_while_the_index_is_held_by_a_server_says_to_stop_it()
    {
        await StoreCandidates(1);
        using var held = new CandidateIndex(Path.Combine(_data, "index"), Municipalities.Denmark, RecruitmentNetworks.Defaults);
        var (exit, _, error) = await Cli.Run("reindex", "--data", _data);
        Assert.Equal(2, exit);
        Assert.Contains("stop the server first", error);
    }

    [Fact]
    public async Task Reindex_without_a_store_names_the_missing_file()
    {
        var (exit, _, error) = await Cli.Run("reindex", "--data", _data);
        Assert.Equal(2, exit);
        Assert.Contains("candidatebank.db", error);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("reindex", "--colour", "blue")]
    [InlineData("reindex", "--data")]
    public async Task Bad_command_line_prints_usage_and_exits_2(params string[] args)
    {
        var (exit, _, error) = await Cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("Usage:", error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }
}

public sealed class PublishCommandTests
{
    [Fact]
    public async Task Unreachable_broker_is_reported_with_exit_code_3_instead_of_hanging()
    {
        var file = Path.Combine(Path.GetTempPath(), $"profiles-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new[] { Profiles.Struktør() }, ContractJson.Options));
        try
        {
            var error = new StringWriter();
            // Nothing listens on port 1 of loopback.
            var exit = await CommandLine.RunAsync(["publish", "--file", file, "--broker", "amqp://guest:guest@127.0.0.1:1/", "--timeout", "3"], new StringWriter(), error);
            Assert.Equal(3, exit);
            Assert.Contains("Cannot connect to 127.0.0.1:1", error.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
