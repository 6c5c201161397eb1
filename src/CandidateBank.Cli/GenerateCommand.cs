using System.Globalization;
using System.Text;
using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.SyntheticData;

namespace CandidateBank.Cli;

/// <summary>
/// Writes a synthetic candidate bank for benchmarks and load tests: candidates.jsonl and job-orders.jsonl, one contract
/// JSON per line, the same files for the same seed. The profiles stream to disk, so a million need little memory;
/// <c>publish --file candidates.jsonl</c> sends them to the broker like any partner's file.
/// </summary>
public static class GenerateCommand
{
    private const int ProgressEvery = 50_000;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error)
    {
        var candidates = Count(options, "--candidates", fallback: null);
        var orders = Count(options, "--orders", fallback: 200);
        var seed = Count(options, "--seed", fallback: 1);
        var directory = options["--out"] ?? ".";
        Directory.CreateDirectory(directory);

        var candidatesFile = Path.Combine(directory, "candidates.jsonl");
        var written = await WriteLinesAsync(candidatesFile, SyntheticBank.Denmark.Candidates(candidates, seed), done =>
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {done:N0}/{candidates:N0} candidates ({done * 100L / Math.Max(1, candidates)} %)")));
        if (candidates >= ProgressEvery) error.WriteLine();
        var ordersFile = Path.Combine(directory, "job-orders.jsonl");
        await WriteLinesAsync(ordersFile, SyntheticBank.Denmark.JobOrders(orders, seed), progress: null);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {written:N0} candidates to {Path.GetFullPath(candidatesFile)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {orders:N0} job orders to {Path.GetFullPath(ordersFile)} (seed {seed})"));
        return 0;
    }

    private static async Task<int> WriteLinesAsync<T>(string path, IEnumerable<T> items, Action<int>? progress)
    {
        await using var writer = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16) { NewLine = "\n" };
        var count = 0;
        foreach (var item in items)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(item, ContractJson.Options));
            if (++count % ProgressEvery == 0) progress?.Invoke(count);
        }
        return count;
    }

    private static int Count(Options options, string name, int? fallback)
    {
        var text = options[name];
        if (text is null) return fallback ?? throw new UsageException($"generate needs {name} <n>.");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value : throw new UsageException($"{name} '{text}' is not a whole number.");
    }
}
