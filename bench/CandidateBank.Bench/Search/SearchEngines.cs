namespace CandidateBank.Bench.Search;

/// <summary>The engines measured side by side. CandidateBank comes first: every other engine's ratio is to it.</summary>
public static class SearchEngines
{
    /// <summary>
    /// The one place a peer joins the comparison. The PostgreSQL peer (Postgres/PostgresPeer.cs, written separately)
    /// is added here when <c>--postgres</c> gives a connection string:
    /// <c>if (options.PostgresConnectionString is { } postgres) engines.Add(new Postgres.PostgresPeer(postgres));</c>
    /// </summary>
    public static List<IShortlistEngine> Create(SearchOptions options)
    {
        var engines = new List<IShortlistEngine> { new CandidateBankEngine() };
        if (options.PostgresConnectionString is not null)
            throw new NotSupportedException("--postgres: the PostgreSQL peer is not in this build yet.");
        return engines;
    }
}
