using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Vocabulary;

/// <summary>What an analyzer makes of a text, for the vocabulary's stemming and the index's analysis alike.</summary>
public static class AnalyzedText
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/> in <paramref name="field"/>, in order.</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string field, string text) =>
        Tokens(analyzer, field, text).Select(token => token.Term).ToList();

    /// <summary>
    /// The terms in order, each marked when it is a part a compound was split into ("medarbejd" of "lagermedarbejder"):
    /// a part shares the whole word's position.
    /// </summary>
    public static IReadOnlyList<(string Term, bool IsPart)> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, bool)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add((term.ToString(), position.PositionIncrement == 0 && tokens.Count > 0));
        stream.End();
        return tokens;
    }
}
