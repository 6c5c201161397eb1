using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Shortlisting;

namespace CandidateBank.Bench.Search;

/// <summary>CandidateBank's own engine in process: the Lucene index on disk and the shortlist builder the indexer uses.</summary>
public sealed class CandidateBankEngine : IShortlistEngine
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "candidatebank-search-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly CandidateIndex _index;
    private readonly ShortlistBuilder _shortlists;

    public CandidateBankEngine()
    {
        _index = new CandidateIndex(_directory, Municipalities.Denmark, RecruitmentNetworks.Defaults);
        _shortlists = new ShortlistBuilder(_index, Municipalities.Denmark, TimeProvider.System);
    }

    public string Name => "CandidateBank (Lucene)";

    /// <summary>Of the load, the time spent merging the index into one segment.</summary>
    public TimeSpan CompactionTime { get; private set; }

    public long IndexBytes => new DirectoryInfo(_directory).EnumerateFiles().Sum(f => f.Length);

    public Task LoadAsync(IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken)
    {
        _index.UpsertMany(profiles);
        _index.Commit();
        var merge = System.Diagnostics.Stopwatch.StartNew();
        _index.Compact(); // as a rebuild and the server's periodic compaction leave it
        CompactionTime = merge.Elapsed;

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ShortlistAsync(JobOrder order, int count, CancellationToken cancellationToken)
    {
        var shortlist = _shortlists.Build(order.JobOrderId ?? "bench", order with { ShortlistSize = count });
        return Task.FromResult<IReadOnlyList<string>>(shortlist.Candidates.Select(c => c.CandidateId).ToList());
    }

    public ValueTask DisposeAsync()
    {
        _index.Dispose();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
