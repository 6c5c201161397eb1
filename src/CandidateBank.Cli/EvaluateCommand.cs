using System.Diagnostics;
using System.Globalization;
using CandidateBank.Evaluation;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Cli;

/// <summary>Measures ranking quality on the judged development set, CandidateBank against plain BM25 full text.</summary>
public static class EvaluateCommand
{
    public const string DefaultDevSet = "tests/CandidateBank.Matching.Tests/Evaluation/devset.json";

    public static Task<int> RunAsync(Options options, TextWriter output)
    {
        var path = Path.GetFullPath(options["--devset"] ?? DefaultDevSet);
        if (!File.Exists(path)) throw new UsageException($"No development set at {path}: run from the repository root or pass --devset.");
        var devSet = DevSet.Load(path);
        var judgements = devSet.Orders.Sum(o => o.Judgements.Count);
        output.WriteLine($"{devSet.Candidates.Count} candidates, {devSet.Orders.Count} orders, {judgements} judgements ({path})");

        var stopwatch = Stopwatch.StartNew();
        var report = RankingEvaluation.Run(devSet, TradeVocabulary.Danish);
        output.Write(report.ToTable());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Evaluated in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        return Task.FromResult(0);
    }
}
