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
        var tokenizer = new StandardTokenizer(AnalyzedText.Version, reader);
        return new TokenStreamComponents(tokenizer, new SnowballFilter(new LowerCaseFilter(AnalyzedText.Version, tokenizer), new DanishStemmer()));
    });

    /// <summary>Ranking stems the same titles, skills and vocabulary spellings for every candidate of every order.</summary>
    private static readonly RememberedAnswers<string> Remembered = new(text => TextKey.Of(string.Concat(AnalyzedText.Terms(Stemmer, "", text))));

    public static string Of(string text) => Remembered.For(text);
}
