namespace CandidateBank.Store;

/// <summary>Which database holds the system of record: <c>CandidateBank:Store</c> in configuration.</summary>
public sealed class StoreOptions
{
    /// <summary>SQLite (default: <c>&lt;data&gt;/candidatebank.db</c>, nothing to install) or Postgres, shared by several servers.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>An Npgsql connection string; required for Postgres, ignored for SQLite (the file lives in the data directory).</summary>
    public string? ConnectionString { get; set; }
}

public enum StoreProvider
{
    Sqlite,
    Postgres,
}
