using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CandidateBank.Matching.Index;

/// <summary>
/// Danish free text for trades. <see cref="DanishAnalyzer"/> only stems, but trade words are compounds: the
/// vocabulary's word parts split them (stilladsmontør → stillads + montør), keeping the whole word too, and every
/// token is then stemmed, so "stilladsarbejde" meets "stilladsmontør" on "stillad" and "beton" finds "betonarbejder".
/// </summary>
public sealed class DanishTradeAnalyzer(IEnumerable<string> wordParts) : Analyzer
{
    public const int MinWordSize = 6, MinSubwordSize = 3, MaxSubwordSize = 20;

    private readonly CharArraySet _parts = new(AnalyzedText.Version, wordParts.ToList(), ignoreCase: true);
    private readonly WordPartTrie _trie = new(wordParts);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(AnalyzedText.Version, reader);
        TokenStream stream = new LowerCaseFilter(AnalyzedText.Version, tokenizer);
        stream = new StopFilter(AnalyzedText.Version, stream, DanishAnalyzer.DefaultStopSet);
        // Longest match only: "arbejder" yields "arbejder", not also "arbejde", which would add nothing after stemming.
        stream = new WordPartFilter(stream, _parts, _trie, MinWordSize, MinSubwordSize, MaxSubwordSize);
        stream = new SnowballFilter(stream, new DanishStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }
}
