using System.Diagnostics;
using CandidateBank.Indexing;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Cli;

/// <summary>
/// Throws the index away and rebuilds it from the store, the system of record: how a changed vocabulary is re-applied to
/// every stored profile without anyone publishing again.
/// </summary>
public static class ReindexCommand
{
    public static async Task<int> RunAsync(Options options, TextWriter output)
    {
        var dataDirectory = StoreFile.DataDirectory(options);
        var stopwatch = Stopwatch.StartNew();
        var db = await StoreFile.OpenAsync(dataDirectory);
        await using (db.ConfigureAwait(false))
        {
            var vocabulary = options["--vocabulary"] is { } file ? TradeVocabulary.Load(file) : TradeVocabulary.Danish;
            using var index = OpenIndex(dataDirectory, vocabulary);
            var total = await db.Candidates.CountAsync();
            output.WriteLine($"Rebuilding the index in {Path.Combine(dataDirectory, "index")} from {total} stored candidates (vocabulary {vocabulary.Fingerprint})");
            var done = await IndexRebuild.RebuildAsync(db, index, progress: count =>
                output.Write($"\r  {count}/{total} ({(total == 0 ? 100 : count * 100 / total)} %)"));
            output.WriteLine($"\nIndexed {done} candidates in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        }
        return 0;
    }

    private static CandidateIndex OpenIndex(string dataDirectory, TradeVocabulary vocabulary)
    {
        try
        {
            return new CandidateIndex(Path.Combine(dataDirectory, "index"), Municipalities.Denmark, RecruitmentNetworks.Defaults, vocabulary);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            throw new UsageException("The index is locked: stop the server first (it holds the index writer).");
        }
    }
}
