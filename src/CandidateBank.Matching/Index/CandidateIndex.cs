using System.Collections.Concurrent;
using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CandidateBank.Matching.Index;

/// <summary>A ranked search hit: what ranking needs of the candidate, and the relevance score.</summary>
public sealed record RankingHit(RankingRecord Candidate, float Score);

/// <summary>
/// The searchable copy of the candidate bank. One writer for the life of the process; searches go through a
/// <see cref="SearcherManager"/> that is refreshed after writes and in the background, never a reader per query.
/// The store is the system of record: after a crash, uncommitted index changes are repaired from it.
/// </summary>
public sealed class CandidateIndex : IDisposable
{
    private static readonly TimeSpan BackgroundInterval = TimeSpan.FromSeconds(1);

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly CandidateDocument _documents;
    private readonly Timer _background;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _lifecycle = new();
    private bool _disposed;

    /// <summary>
    /// The version of the document mapping. A change to <see cref="CandidateDocument"/> or the analysis raises it, and
    /// an index written with another format is rebuilt from the store at start (see IndexRepair).
    /// </summary>
    public const string Format = "7";
    private const string FormatKey = "candidatebank.format";

    public Analyzer Analyzer { get; }
    public TradeVocabulary Vocabulary { get; }

    /// <summary>The hard rules as terms, as this index holds them.</summary>
    public HardRuleTerms Rules { get; }

    public CandidateIndex(string path, Municipalities municipalities, RecruitmentNetworks networks, TradeVocabulary? vocabulary = null, ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        System.IO.Directory.CreateDirectory(path);
        // FSDirectory.Open would pick MMapDirectory on 64-bit Linux, which is far slower under parallel search
        // in Lucene.Net 4.8.0-beta00017 (apache/lucenenet#1151).
        _directory = new CandidateDirectory(new DirectoryInfo(path));
        Vocabulary = vocabulary ?? TradeVocabulary.Danish;
        Analyzer = CandidateAnalyzer.Create(Vocabulary);
        var config = new IndexWriterConfig(AnalyzedText.Version, Analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            // Separate files rather than compound ones, so CandidateDirectory can give stored fields their larger buffer.
            UseCompoundFile = false,
            // ForceMergeDeletesPctAllowed 0: ExpungeDeleted rewrites a segment for a single erased profile, not only past 10 %.
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0, ForceMergeDeletesPctAllowed = 0 },
            // Fewer, larger flushes when a rebuild or a bulk load writes many profiles at once.
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
        IsCurrentFormat = !DirectoryReader.IndexExists(_directory)
            || DirectoryReader.ListCommits(_directory).Last().UserData.TryGetValue(FormatKey, out var format) && format == FormatWith(Vocabulary);
        _writer.SetCommitData(new Dictionary<string, string> { [FormatKey] = FormatWith(Vocabulary) });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        Rules = new HardRuleTerms(municipalities, networks, Vocabulary);
        _documents = new CandidateDocument(Rules, Vocabulary, Analyzer);
        _background = new Timer(_ => CommitAndRefresh(), null, BackgroundInterval, BackgroundInterval);
    }

    /// <summary>The documents depend on the vocabulary too: a changed vocabulary file re-applies to every stored profile.</summary>
    private static string FormatWith(TradeVocabulary vocabulary) => $"{Format}/{vocabulary.Fingerprint}";

    /// <summary>
    /// False when the index on disk was written with another <see cref="Format"/> or vocabulary and must be rebuilt.
    /// </summary>
    public bool IsCurrentFormat { get; private set; }

    public void Upsert(CandidateProfile profile) =>
        _writer.UpdateDocument(KeyTerm(CandidateKey.Of(profile)), _documents.Create(profile));

    /// <summary>
    /// Many profiles at once (a rebuild, a bulk load, a group of deliveries): documents are built and analysed on every
    /// core, since the IndexWriter takes documents from several threads and analysis is most of the cost of indexing.
    /// </summary>
    public void UpsertMany(IReadOnlyList<CandidateProfile> profiles)
    {
        if (profiles.Count < 64) { foreach (var profile in profiles) Upsert(profile); return; }
        Parallel.ForEach(Partitioner.Create(0, profiles.Count, 256), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            range => { for (var i = range.Item1; i < range.Item2; i++) Upsert(profiles[i]); });
    }

    public void Delete(CandidateKey candidate) => _writer.DeleteDocuments(KeyTerm(candidate));

    private static Term KeyTerm(CandidateKey candidate) => new(CandidateFields.Id, candidate.ToString());

    public void DeleteAll()
    {
        _writer.DeleteAll();
        IsCurrentFormat = true;
    }

    /// <summary>Makes every write so far visible to searches.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>
    /// Rewrites the segments that hold deleted documents and removes the old files, so an erased profile is in no index
    /// file. Costs a merge of those segments; run after erasures, not after every write.
    /// </summary>
    public void ExpungeDeleted()
    {
        lock (_lifecycle)
        {
            if (_disposed) return;
            _writer.ForceMergeDeletes(doWait: true);
            _writer.Commit();
        }
        Refresh();
        lock (_lifecycle)
        {
            if (!_disposed) _writer.DeleteUnusedFiles();
        }
    }

    public void Commit() => _writer.Commit();

    /// <summary>
    /// Merges the index into one segment and drops deleted documents. A query pays per segment for every term it
    /// looks up (an input cloned, a buffer cleared, a block read). Searches and writes go on meanwhile; the disk
    /// briefly holds the index twice.
    /// </summary>
    public void Compact()
    {
        _writer.ForceMerge(1);
        _writer.Commit();
        Refresh();
    }

    /// <summary>Segments searched now; see <see cref="Compact"/>.</summary>
    public int SegmentCount => Read(searcher => searcher.IndexReader.Leaves.Count);

    public int Count => Read(searcher => searcher.IndexReader.NumDocs);

    /// <summary>Documents deleted but still in segment files until a merge rewrites them (see <see cref="ExpungeDeleted"/>).</summary>
    public int DeletedDocuments => Read(searcher => searcher.IndexReader.NumDeletedDocs);

    /// <summary>Certificate and occupation names in the bank that the vocabulary recognised nothing in, most frequent first.</summary>
    public IReadOnlyList<UnrecognisedName> UnrecognisedNames() => Read(searcher => Unrecognised.Count(searcher.IndexReader));

    /// <summary>How many indexed candidates hold <paramref name="term"/>.</summary>
    public int DocFreq(Term term) => Read(searcher => searcher.IndexReader.DocFreq(term));

    /// <summary>The version of every indexed candidate, read from doc values: cheap enough to run at every start.</summary>
    public IReadOnlyDictionary<CandidateKey, int> IndexedVersions()
    {
        var versions = new Dictionary<CandidateKey, int>();
        return Read(searcher =>
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var ids = reader.GetSortedDocValues(CandidateFields.IdValues);
                var numbers = reader.GetNumericDocValues(CandidateFields.Version);
                if (ids is null || numbers is null) continue;
                var live = reader.LiveDocs;
                var id = new BytesRef();
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    ids.Get(doc, id);
                    versions[CandidateKey.Parse(id.Utf8ToString())] = (int)numbers.Get(doc);
                }
            }
            return versions;
        });
    }

    /// <summary>The version of one candidate in this index, or null when it holds none.</summary>
    public int? IndexedVersion(CandidateKey candidate) => Read(searcher =>
    {
        if (searcher.Search(new TermQuery(KeyTerm(candidate)), 1).ScoreDocs is not [var hit]) return (int?)null;
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
        return leaf.AtomicReader.GetNumericDocValues(CandidateFields.Version) is { } versions ? (int)versions.Get(hit.Doc - leaf.DocBase) : null;
    });

    /// <summary>The best <paramref name="count"/> candidates matching <paramref name="query"/> within <paramref name="filter"/>.</summary>
    public IReadOnlyList<(CandidateProfile Profile, float Score)> Search(Query query, Filter? filter, int count) =>
        Read(searcher => searcher.Search(query, filter, count).ScoreDocs.Select(hit => (StoredProfile(searcher, hit.Doc), hit.Score)).ToList());

    /// <summary>
    /// The best <paramref name="count"/> candidates as ranking records, and how many match in all: one pass over the
    /// index answers both, and no stored profile is read.
    /// </summary>
    public (IReadOnlyList<RankingHit> Hits, int TotalHits) Rank(Query query, int count)
    {
        return Read(searcher =>
        {
            var top = searcher.Search(query, count);
            var leaves = searcher.IndexReader.Leaves;
            var records = new BinaryDocValues?[leaves.Count];
            var bytes = new BytesRef();
            var hits = new List<RankingHit>(top.ScoreDocs.Length);
            foreach (var hit in top.ScoreDocs)
            {
                var leaf = ReaderUtil.SubIndex(hit.Doc, leaves);
                // Every format-4 document has a record; a segment without any is read from the stored profiles.
                var values = records[leaf] ??= leaves[leaf].AtomicReader.GetBinaryDocValues(CandidateFields.Ranking);
                RankingRecord? record = null;
                if (values is not null)
                {
                    values.Get(hit.Doc - leaves[leaf].DocBase, bytes);
                    record = RankingRecord.Decode(bytes);
                }
                hits.Add(new RankingHit(record ?? StoredRankingRecord(searcher, hit.Doc), hit.Score));
            }
            return (hits, top.TotalHits);
        });
    }

    /// <summary>The full profiles of <paramref name="candidates"/>, in that order; a candidate no longer indexed is left out.</summary>
    public IReadOnlyList<CandidateProfile> Load(IEnumerable<CandidateKey> candidates)
    {
        return Read(searcher =>
        {
            var profiles = new List<CandidateProfile>();
            foreach (var candidate in candidates)
                if (searcher.Search(new TermQuery(KeyTerm(candidate)), 1).ScoreDocs is [var hit])
                    profiles.Add(StoredProfile(searcher, hit.Doc));
            return profiles;
        });
    }

    private RankingRecord StoredRankingRecord(IndexSearcher searcher, int doc)
    {
        var profile = StoredProfile(searcher, doc);
        return RankingRecord.Of(profile, AnalyzedText.Terms(Analyzer, CandidateFields.Text, profile.Headline + "\n" + profile.Summary).ToHashSet());
    }

    private static CandidateProfile StoredProfile(IndexSearcher searcher, int doc) =>
        JsonSerializer.Deserialize<CandidateProfile>(searcher.Doc(doc).Get(CandidateFields.Json), ContractJson.Options)!;

    /// <summary>How many candidates match <paramref name="query"/> within <paramref name="filter"/>, without loading any.</summary>
    public int CountMatches(Query query, Query filter)
    {
        return Read(searcher =>
        {
            var collector = new TotalHitCountCollector();
            searcher.Search(query, new QueryWrapperFilter(filter), collector);
            return collector.TotalHits;
        });
    }

    private void CommitAndRefresh()
    {
        lock (_lifecycle)
        {
            if (_disposed) return;
            try
            {
                if (_writer.HasUncommittedChanges()) _writer.Commit();
                _searchers.MaybeRefresh();
            }
            catch (IOException e)
            {
                // An exception on a timer thread ends the process; the next tick tries again, and writers commit on their own.
                _logger.LogWarning(e, "Background commit of the index failed; the next tick tries again");
            }
        }
    }

    /// <summary>Reads from the searcher of the moment, held only while <paramref name="read"/> runs.</summary>
    private T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try { return read(searcher); }
        finally { _searchers.Release(searcher); }
    }

    public void Dispose()
    {
        lock (_lifecycle)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _background.Dispose();
        _searchers.Dispose();
        _writer.Dispose(); // commits pending changes
        _directory.Dispose();
        _documents.Dispose();
        Analyzer.Dispose();
    }
}
