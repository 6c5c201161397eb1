using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Evaluation;

/// <summary>One labelled spelling: the certificate or occupation entry it names, or null when it names none of them.</summary>
public sealed record LabelledSpelling(string Text, string Kind, string? Label, string Source, string Half);

/// <summary>
/// A set of spellings collected outside our vocabulary file (course catalogues, authorities, job ads), split once into a
/// tuning half and a held-out half: the vocabulary is tuned on the first, and the second tells how it generalises.
/// </summary>
public sealed record SpellingSet(string Description, IReadOnlyList<LabelledSpelling> Items)
{
    public const string Tuning = "tuning", HeldOut = "heldout", MoreTuning = "tuning2";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static SpellingSet Load(string path) =>
        JsonSerializer.Deserialize<SpellingSet>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty spelling set.");

    /// <summary>Several sets as one; items keep the half their set gave them.</summary>
    public static SpellingSet Load(IEnumerable<string> paths)
    {
        var sets = paths.Select(Load).ToList();
        return new SpellingSet(string.Join("\n", sets.Select(s => s.Description)), sets.SelectMany(s => s.Items).ToList());
    }
}

/// <summary>What the recogniser made of one spelling.</summary>
public sealed record RecognisedSpelling(LabelledSpelling Spelling, string? Recognised, IReadOnlyList<string> Probable)
{
    public bool Correct => Recognised == Spelling.Label;
}

/// <summary>
/// Recognition precision (of the names recognised as an entry, the share recognised as the right one) and recall (of
/// the names that are an entry, the share recognised as it). A wrong recognition puts an unqualified person on a
/// shortlist, so precision is the one that must not slip.
/// </summary>
public sealed record RecognitionScore(int Labelled, int Recognised, int RightlyRecognised, int Probable)
{
    public double Precision => Recognised == 0 ? 1 : (double)RightlyRecognised / Recognised;
    public double Recall => Labelled == 0 ? 1 : (double)RightlyRecognised / Labelled;

    public static RecognitionScore Of(IEnumerable<RecognisedSpelling> results)
    {
        var list = results.ToList();
        return new RecognitionScore(
            list.Count(r => r.Spelling.Label is not null),
            list.Count(r => r.Recognised is not null),
            list.Count(r => r.Recognised is not null && r.Correct),
            list.Count(r => r.Recognised is null && r.Spelling.Label is not null && r.Probable.Contains(r.Spelling.Label)));
    }
}

public static class RecognitionEvaluation
{
    public static IReadOnlyList<RecognisedSpelling> Run(SpellingSet set, TradeVocabulary vocabulary) =>
        set.Items.Select(item => item.Kind switch
        {
            "certificate" => new RecognisedSpelling(item, vocabulary.Certificate(item.Text)?.Name,
                vocabulary.Certificates(item.Text).Probable.Select(c => c.Name).ToList()),
            "occupation" => new RecognisedSpelling(item, vocabulary.Occupation(item.Text)?.Name, []),
            _ => throw new InvalidDataException($"Spelling '{item.Text}': kind must be certificate or occupation, not '{item.Kind}'."),
        }).ToList();

    /// <summary>Precision and recall per half and kind; with <paramref name="errors"/>, every wrong answer of the given half.</summary>
    public static string Table(IReadOnlyList<RecognisedSpelling> results, string? errors = null)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(c, $"{"half",-8} {"kind",-12} {"items",6} {"named",6} {"found",6} {"right",6} {"precision",9} {"recall",7} {"to verify",9}");
        foreach (var half in results.Select(r => r.Spelling.Half).Distinct().Order(StringComparer.Ordinal).Reverse())
            foreach (var kind in new[] { "certificate", "occupation" })
            {
                var part = results.Where(r => r.Spelling.Half == half && r.Spelling.Kind == kind).ToList();
                var score = RecognitionScore.Of(part);
                table.AppendLine(c, $"{half,-8} {kind,-12} {part.Count,6} {score.Labelled,6} {score.Recognised,6} {score.RightlyRecognised,6} {score.Precision,9:0.000} {score.Recall,7:0.000} {score.Probable,9}");
            }
        if (errors is not null)
            foreach (var wrong in results.Where(r => r.Spelling.Half == errors && !r.Correct))
            {
                var probably = wrong.Probable.Count > 0 ? $" (probably {string.Join(" / ", wrong.Probable)})" : "";
                table.AppendLine(c, $"  {wrong.Spelling.Kind,-12} \"{wrong.Spelling.Text}\" is {wrong.Spelling.Label ?? "none"}, recognised {wrong.Recognised ?? "none"}{probably}");
            }
        return table.ToString();
    }
}
