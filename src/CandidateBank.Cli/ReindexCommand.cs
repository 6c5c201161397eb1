using System.Diagnostics;
using CandidateBank.Indexer;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Cli;

/// <summary>Throws the index away and rebuilds it from the store, the system of record.</summary>
public static class ReindexCommand
{
    public const string DefaultDataDirectory = "src/CandidateBank.Server/data";

    public static async Task<int> RunAsync(Options options, TextWriter output)
    {
        var dataDirectory = Path.GetFullPath(options["--data"] ?? DefaultDataDirectory);
        var database = Path.Combine(dataDirectory, "candidatebank.db");
        if (!File.Exists(database)) throw new UsageException($"No store at {database}: pass the server's data directory with --data.");

        var stopwatch = Stopwatch.StartNew();
        var db = new CandidateBankDb(new DbContextOptionsBuilder<CandidateBankDb>().UseSqlite($"Data Source={database}").Options);
        await using (db.ConfigureAwait(false))
        {
            using var index = OpenIndex(dataDirectory);
            var total = await db.Candidates.CountAsync();
            output.WriteLine($"Rebuilding the index in {Path.Combine(dataDirectory, "index")} from {total} stored candidates");
            var done = await IndexRebuild.RebuildAsync(db, index, progress: count =>
                output.Write($"\r  {count}/{total} ({(total == 0 ? 100 : count * 100 / total)} %)"));
            output.WriteLine($"\nIndexed {done} candidates in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        }
        return 0;
    }

    private static CandidateIndex OpenIndex(string dataDirectory)
    {
        try
        {
            return new CandidateIndex(Path.Combine(dataDirectory, "index"), Municipalities.Denmark, RecruitmentNetworks.Defaults);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            throw new UsageException("The index is locked: stop the server first (it holds the index writer).");
        }
    }
}
