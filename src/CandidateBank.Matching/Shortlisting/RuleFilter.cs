using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// A job order's hard rules over cached bitsets (<see cref="RuleBitsets"/>): every term in <see cref="AllOf"/>, at least
/// one of each group in <see cref="AnyOf"/>, not every term of <see cref="NotAllOf"/> (a near-miss lacks a course), and
/// available by <see cref="AvailableBy"/> (read from the field cache). Nothing is read from disk or allocated per
/// document; the relevance query drives the search and asks this filter only about the documents it matches.
/// </summary>
public sealed class RuleFilter(RuleBitsets bitsets, string availableFromField) : Filter
{
    /// <summary>Makes the search ask the filter per candidate document instead of walking the filter alongside the query.</summary>
    public static readonly FilteredQuery.FilterStrategy AlwaysRandomAccess = new RandomAccessStrategy();

    public List<(string Field, string Value)> AllOf { get; } = [];
    public List<List<(string Field, string Value)>> AnyOf { get; } = [];
    public List<(string Field, string Value)> NotAllOf { get; } = [];
    public int AvailableBy { get; set; } = int.MaxValue;

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var all = new FixedBitSet[AllOf.Count];
        for (var i = 0; i < all.Length; i++)
            if ((all[i] = bitsets.Of(context, AllOf[i].Field, AllOf[i].Value)!) is null) return null; // no one in this segment
        var any = new FixedBitSet?[AnyOf.Count][];
        for (var g = 0; g < any.Length; g++)
            any[g] = AnyOf[g].Select(t => bitsets.Of(context, t.Field, t.Value)).ToArray();
        var notAll = NotAllOf.Select(t => bitsets.Of(context, t.Field, t.Value)).ToArray();
        var available = FieldCache.DEFAULT.GetInt32s(context.AtomicReader, availableFromField, FieldCache.NUMERIC_UTILS_INT32_PARSER, setDocsWithField: false);
        return new Matches(context.AtomicReader.MaxDoc, acceptDocs, all, any, notAll, available, AvailableBy);
    }

    private sealed class Matches(int maxDoc, IBits? acceptDocs, FixedBitSet[] all, FixedBitSet?[][] any, FixedBitSet?[] notAll,
        FieldCache.Int32s available, int availableBy) : DocIdSet, IBits
    {
        public override IBits Bits => this;

        public int Length => maxDoc;

        public bool Get(int doc)
        {
            if (acceptDocs is not null && !acceptDocs.Get(doc)) return false;
            foreach (var bits in all) if (!bits.Get(doc)) return false;
            foreach (var group in any)
            {
                var found = false;
                foreach (var bits in group) if (bits is not null && bits.Get(doc)) { found = true; break; }
                if (!found) return false;
            }
            if (notAll.Length > 0)
            {
                var hasAll = true;
                foreach (var bits in notAll) if (bits is null || !bits.Get(doc)) { hasAll = false; break; }
                if (hasAll) return false;
            }
            return available.Get(doc) <= availableBy;
        }

        /// <summary>A plain scan: searches through <see cref="AlwaysRandomAccess"/> never iterate, they ask <see cref="Get"/>.</summary>
        public override DocIdSetIterator GetIterator() => new Scan(this, maxDoc);
    }

    private sealed class Scan(IBits bits, int maxDoc) : DocIdSetIterator
    {
        private int _doc = -1;
        public override int DocID => _doc;
        public override int NextDoc() => Advance(_doc + 1);
        public override int Advance(int target)
        {
            for (_doc = target; _doc < maxDoc; _doc++) if (bits.Get(_doc)) return _doc;
            return _doc = NO_MORE_DOCS;
        }
        public override long GetCost() => maxDoc;
    }

    /// <summary>Hands the filter's bits to the query as its accepted documents, without first walking to a first match.</summary>
    private sealed class RandomAccessStrategy : FilteredQuery.FilterStrategy
    {
        public override Scorer? FilteredScorer(AtomicReaderContext context, Weight weight, DocIdSet docIdSet) =>
            docIdSet.Bits is { } bits
                ? weight.GetScorer(context, bits)
                : FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY.FilteredScorer(context, weight, docIdSet);
    }
}
