using CandidateBank.Matching.Evaluation;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Cli;

/// <summary>Measures certificate and occupation recognition on the labelled spelling set, per half.</summary>
public static class RecognitionCommand
{
    public const string DefaultSpellings = "tests/CandidateBank.Matching.Tests/Recognition/spellings.json";

    public static Task<int> RunAsync(Options options, TextWriter output)
    {
        var path = Path.GetFullPath(options["--spellings"] ?? DefaultSpellings);
        if (!File.Exists(path)) throw new UsageException($"No spelling set at {path}: run from the repository root or pass --spellings.");
        var errors = options["--errors"];
        if (errors is not null and not (SpellingSet.Tuning or SpellingSet.HeldOut))
            throw new UsageException($"--errors takes {SpellingSet.Tuning} or {SpellingSet.HeldOut}, not '{errors}'.");
        var vocabulary = options["--vocabulary"] is { } file ? TradeVocabulary.Load(file) : TradeVocabulary.Danish;
        var set = SpellingSet.Load(path);
        output.WriteLine($"{set.Items.Count} labelled spellings ({path})");
        output.Write(RecognitionEvaluation.Table(RecognitionEvaluation.Run(set, vocabulary), errors));
        return Task.FromResult(0);
    }
}
