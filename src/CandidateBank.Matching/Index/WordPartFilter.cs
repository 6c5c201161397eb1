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
        : base(CandidateAnalyzer.Version, input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, onlyLongestMatch: true) => _parts = parts;

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

/// <summary>The vocabulary's word parts as a trie over lower-case letters, shared by every analyzer thread.</summary>
internal sealed class WordPartTrie
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public bool IsPart;
    }

    private readonly Node _root = new();

    public WordPartTrie(IEnumerable<string> parts)
    {
        foreach (var part in parts)
        {
            var node = _root;
            foreach (var c in part.ToLowerInvariant())
            {
                node.Next ??= [];
                node = node.Next.TryGetValue(c, out var next) ? next : node.Next[c] = new Node();
            }
            node.IsPart = true;
        }
    }

    /// <summary>The length of the longest part of at least <paramref name="minLength"/> letters starting at <paramref name="start"/>, or 0.</summary>
    public int LongestAt(char[] text, int start, int maxLength, int minLength)
    {
        var (node, longest) = (_root, 0);
        for (var length = 1; length <= maxLength; length++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[start + length - 1], out node)) break;
            if (node.IsPart && length >= minLength) longest = length;
        }
        return longest;
    }
}
