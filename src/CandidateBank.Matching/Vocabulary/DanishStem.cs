using System.Collections.Concurrent;
using CandidateBank.Matching.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CandidateBank.Matching.Vocabulary;

/// <summary>The Danish Snowball stem of every word, joined as a <see cref="TextKey"/>: "Struktørerne" and "struktør" meet.</summary>
public static class DanishStem
{
    private static readonly Analyzer Stemmer = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(CandidateAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, new SnowballFilter(new LowerCaseFilter(CandidateAnalyzer.Version, tokenizer), new DanishStemmer()));
    });

    /// <summary>
    /// Ranking stems the same titles, skills and vocabulary spellings for every candidate of every order, and running the
    /// analyzer costs microseconds each time; so stems are remembered, up to a bound that free text cannot blow up.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);
    private const int MaxRemembered = 200_000;

    public static string Of(string text)
    {
        if (Remembered.TryGetValue(text, out var stem)) return stem;
        stem = TextKey.Of(string.Concat(CandidateAnalyzer.Terms(Stemmer, "", text)));
        if (Remembered.Count < MaxRemembered) Remembered.TryAdd(text, stem);
        return stem;
    }
}
