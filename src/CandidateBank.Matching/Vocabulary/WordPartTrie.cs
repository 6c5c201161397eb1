namespace CandidateBank.Matching.Vocabulary;

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
