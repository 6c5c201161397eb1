using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// One bitset per segment for each hard-rule term (a municipality reached, a licence class, a certificate, consent…),
/// computed on first use and kept while the segment lives. Segments never change, so a bitset stays true until
/// its segment is merged away; deletions are applied at query time. The terms are few (98 municipalities, a few dozen
/// licences, languages and certificates), so at a million candidates they take about 125 KB each.
/// </summary>
public sealed class RuleBitsets
{
    /// <summary>Orders may name certificates or languages no one has; past this many terms they are not remembered.</summary>
    private const int MaxTerms = 2_000;

    private readonly ConcurrentDictionary<(string Field, string Value), Filter> _filters = new();

    /// <summary>The documents of a segment that hold the term, or null when none does.</summary>
    public FixedBitSet? Of(AtomicReaderContext segment, string field, string value)
    {
        var filter = _filters.TryGetValue((field, value), out var cached) ? cached : Remember(field, value);
        return filter.GetDocIdSet(segment, acceptDocs: null) as FixedBitSet;
    }

    private Filter Remember(string field, string value)
    {
        var filter = new BitSetCachingFilter(new QueryWrapperFilter(new TermQuery(new Term(field, value))));
        return _filters.Count < MaxTerms ? _filters.GetOrAdd((field, value), filter) : filter;
    }

    /// <summary>Caches a plain bitset, not the compressed set Lucene caches by default, so membership is one array read.</summary>
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}
