using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Util;

namespace CandidateBank.Matching.Index;

/// <summary>
/// Splits compounds into the vocabulary's word parts exactly as <see cref="DictionaryCompoundWordTokenFilter"/> does
/// with only the longest match kept (the same parts, in the same order), but walks a trie of the parts from each
/// position instead of hashing every substring of 3 to 20 letters: the splitting was the dearest step of indexing.
/// </summary>
internal sealed class WordPartFilter : CompoundWordTokenFilterBase
{
    private readonly WordPartTrie _parts;

    public WordPartFilter(TokenStream input, CharArraySet dictionary, WordPartTrie parts, int minWordSize, int minSubwordSize, int maxSubwordSize)
        : base(AnalyzedText.Version, input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, onlyLongestMatch: true) => _parts = parts;

    protected override void Decompose()
    {
        var buffer = m_termAtt.Buffer;
        var length = m_termAtt.Length;
        for (var start = 0; start <= length - m_minSubwordSize; start++)
        {
            var longest = _parts.LongestAt(buffer, start, Math.Min(length - start, m_maxSubwordSize), m_minSubwordSize);
            if (longest > 0) m_tokens.Enqueue(new CompoundToken(this, start, longest));
        }
    }
}
