using CandidateBank.Matching.Index;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.SyntheticData;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CandidateBank.Matching.Tests;

/// <summary>The trie splitter gives the index exactly the tokens Lucene's dictionary splitter did, so no index changes.</summary>
public sealed class WordPartFilterTests
{
    private static readonly TradeVocabulary Vocabulary = TradeVocabulary.Danish;

    /// <summary>The analysis as it was, with <see cref="DictionaryCompoundWordTokenFilter"/>.</summary>
    private static readonly Analyzer Lucenes = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(AnalyzedText.Version, reader);
        TokenStream stream = new LowerCaseFilter(AnalyzedText.Version, tokenizer);
        stream = new StopFilter(AnalyzedText.Version, stream, DanishAnalyzer.DefaultStopSet);
        stream = new DictionaryCompoundWordTokenFilter(AnalyzedText.Version, stream,
            new CharArraySet(AnalyzedText.Version, Vocabulary.Data.WordParts.ToList(), ignoreCase: true),
            DanishTradeAnalyzer.MinWordSize, DanishTradeAnalyzer.MinSubwordSize, DanishTradeAnalyzer.MaxSubwordSize, onlyLongestMatch: true);
        return new TokenStreamComponents(tokenizer, new SnowballFilter(stream, new DanishStemmer()));
    });

    private static readonly Analyzer Ours = new DanishTradeAnalyzer(Vocabulary.Data.WordParts);

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add($"{term}+{position.PositionIncrement}@{offset.StartOffset}-{offset.EndOffset}");
        stream.End();
        return tokens;
    }

    [Fact]
    public void Every_vocabulary_spelling_and_synthetic_profile_text_gets_the_same_tokens_as_from_Lucenes_splitter()
    {
        var texts = Vocabulary.Data.Occupations.SelectMany(o => o.Titles.Append(o.Name))
            .Concat(Vocabulary.Data.Skills.SelectMany(s => s.Variants.Append(s.Name)))
            .Concat(Vocabulary.Data.WordParts.Select(p => p + "arbejder"))
            .Concat(SyntheticBank.Denmark.Candidates(2_000, seed: 7)
                .SelectMany(p => p.Skills.Concat(p.Occupations.Select(o => o.Title)).Append(p.Headline + "\n" + p.Summary)))
            .Concat(["Stilladsmontør, betonarbejde og VVS-installatør", "ÆBLEPLUKKER i Ærøskøbing", "tagdækkerlærling", "a b c"])
            .ToList();

        var split = 0;
        foreach (var text in texts)
        {
            var expected = Tokens(Lucenes, text);
            Assert.Equal(expected, Tokens(Ours, text));
            split += expected.Count(t => t.Contains("+0@"));
        }
        Assert.True(split > 1_000, $"only {split} parts were split off: the comparison would prove little");
    }
}
