using System.Diagnostics;
using System.Globalization;
using CandidateBank.Evaluation;

namespace CandidateBank.Bench.Postgres;

/// <summary>
/// <c>pg-quality [--connection &lt;npgsql&gt;] [--devset &lt;devset.json&gt;]</c>: the PostgreSQL peer's ranking quality on
/// the judged development set beside CandidateBank's. The connection defaults to CANDIDATEBANK_TEST_POSTGRES, which
/// tests/postgres.sh exports.
/// </summary>
public static class PostgresCommand
{
    public const string Usage = "Usage: pg-quality [--connection \"Host=127.0.0.1;Port=5432;Database=...;Username=...;Password=...\"] [--devset <devset.json>]";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Parse(args is ["pg-quality", .. var rest] ? rest : args);
        if (options is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var connection = options.GetValueOrDefault("--connection") ?? Environment.GetEnvironmentVariable("CANDIDATEBANK_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(connection))
        {
            Console.Error.WriteLine($"pg-quality needs a PostgreSQL: pass --connection or export CANDIDATEBANK_TEST_POSTGRES (source tests/postgres.sh && postgres_start).\n{Usage}");
            return 2;
        }
        var path = Path.GetFullPath(options.GetValueOrDefault("--devset") ?? PostgresQuality.DefaultDevSet);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"No development set at {path}: run from the repository root or pass --devset.");
            return 2;
        }

        var devSet = DevSet.Load(path);
        Console.WriteLine($"{devSet.Candidates.Count} candidates, {devSet.Orders.Count} orders ({path})");
        var stopwatch = Stopwatch.StartNew();
        var report = await PostgresQuality.RunAsync(connection, devSet, CancellationToken.None);
        Console.Write(report.ToTable());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Evaluated in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static Dictionary<string, string>? Parse(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--connection" or "--devset") || i + 1 >= args.Length || !options.TryAdd(args[i], args[i + 1])) return null;
        }
        return options;
    }
}
