using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Validation;

namespace CandidateBank.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "candidatebank-generate-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Generate_writes_valid_candidates_and_orders_as_json_lines()
    {
        var (exit, output, _) = await Cli.Run("generate", "--candidates", "1500", "--orders", "30", "--seed", "7", "--out", _out);

        Assert.Equal(0, exit);
        Assert.Contains("Wrote 1,500 candidates", output);
        var validator = new MessageValidator(Municipalities.Denmark);
        var candidates = File.ReadAllLines(Path.Combine(_out, "candidates.jsonl"));
        Assert.Equal(1500, candidates.Length);
        Assert.All(candidates, line => Assert.True(validator.Validate(JsonSerializer.Deserialize<CandidateProfile>(line, ContractJson.Options)!).IsValid, line));
        var orders = File.ReadAllLines(Path.Combine(_out, "job-orders.jsonl"));
        Assert.Equal(30, orders.Length);
        Assert.All(orders, line => Assert.True(validator.Validate(JsonSerializer.Deserialize<JobOrder>(line, ContractJson.Options)!).IsValid, line));
    }

    [Fact]
    public async Task Generate_twice_with_the_same_seed_writes_the_same_bytes()
    {
        await Cli.Run("generate", "--candidates", "300", "--seed", "3", "--out", Path.Combine(_out, "a"));
        await Cli.Run("generate", "--candidates", "300", "--seed", "3", "--out", Path.Combine(_out, "b"));

        Assert.Equal(File.ReadAllBytes(Path.Combine(_out, "a", "candidates.jsonl")), File.ReadAllBytes(Path.Combine(_out, "b", "candidates.jsonl")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_out, "a", "job-orders.jsonl")), File.ReadAllBytes(Path.Combine(_out, "b", "job-orders.jsonl")));
    }

    [Fact]
    public async Task Generated_candidates_file_is_read_by_publish_without_a_rejected_row()
    {
        await Cli.Run("generate", "--candidates", "200", "--out", _out);

        var rows = ProfileFile.Read(Path.Combine(_out, "candidates.jsonl")).ToList();

        Assert.Equal(200, rows.Count);
        Assert.All(rows, row => Assert.Null(row.Error));
        Assert.Equal(200, rows[^1].Line);
    }

    [Fact]
    public async Task Generate_without_a_candidate_count_prints_usage()
    {
        var (exit, _, error) = await Cli.Run("generate", "--out", _out);
        Assert.Equal(2, exit);
        Assert.Contains("generate needs --candidates", error);
    }

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }
}
