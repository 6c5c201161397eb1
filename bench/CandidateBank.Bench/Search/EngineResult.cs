namespace CandidateBank.Bench.Search;

/// <summary>What was measured of one engine on the shared profiles and orders.</summary>
public sealed record EngineResult(string Engine, int Profiles, TimeSpan Load, long? IndexBytes, LatencySummary OneClient, LatencySummary TwoClients)
{
    public double ProfilesPerSecond => Profiles / Load.TotalSeconds;
}

/// <summary>What was measured of the real server: the store, the rebuild from it, and the REST API.</summary>
public sealed record ApiResult(int Profiles, TimeSpan StoreLoad, TimeSpan Rebuild, TimeSpan AllShortlistsReady, LatencySummary OneClient, LatencySummary TwoClients);
