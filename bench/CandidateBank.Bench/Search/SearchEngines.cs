using CandidateBank.Bench.Postgres;

namespace CandidateBank.Bench.Search;

/// <summary>The engines measured side by side. CandidateBank comes first: every other engine's ratio is to it.</summary>
public static class SearchEngines
{
    /// <summary>The one place a peer joins the comparison: the PostgreSQL full-text peer when <c>--postgres</c> is given.</summary>
    public static async Task<List<IShortlistEngine>> CreateAsync(SearchOptions options)
    {
        var engines = new List<IShortlistEngine> { new CandidateBankEngine() };
        if (options.PostgresConnectionString is { } postgres)
            engines.Add(await PostgresPeer.CreateAsync(postgres, CancellationToken.None));
        return engines;
    }
}
