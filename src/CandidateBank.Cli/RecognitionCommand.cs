using CandidateBank.Evaluation;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Cli;

/// <summary>Measures certificate and occupation recognition on the labelled spelling set, per half.</summary>
public static class RecognitionCommand
{
    /// <summary>The set split into tuning and held-out halves, and a second collection used for tuning only.</summary>
    public static readonly string[] DefaultSpellings =
        ["tests/CandidateBank.Matching.Tests/Recognition/spellings.json", "tests/CandidateBank.Matching.Tests/Recognition/spellings-more.json"];

    public static Task<int> RunAsync(Options options, TextWriter output)
    {
        var paths = (options["--spellings"] is { } given ? given.Split(',') : DefaultSpellings).Select(Path.GetFullPath).ToList();
        if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            throw new UsageException($"No spelling set at {missing}: run from the repository root or pass --spellings.");
        var errors = options["--errors"];
        if (errors is not null and not (SpellingSet.Tuning or SpellingSet.HeldOut or SpellingSet.MoreTuning))
            throw new UsageException($"--errors takes {SpellingSet.Tuning}, {SpellingSet.MoreTuning} or {SpellingSet.HeldOut}, not '{errors}'.");
        var vocabulary = options["--vocabulary"] is { } file ? TradeVocabulary.Load(file) : TradeVocabulary.Danish;
        var set = SpellingSet.Load(paths);
        output.WriteLine($"{set.Items.Count} labelled spellings ({string.Join(", ", paths)})");
        output.Write(RecognitionEvaluation.Table(RecognitionEvaluation.Run(set, vocabulary), errors));
        return Task.FromResult(0);
    }
}
