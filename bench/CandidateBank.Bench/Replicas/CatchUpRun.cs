using System.Globalization;
using CandidateBank.Tests.Shared;

namespace CandidateBank.Bench.Replicas;

public sealed record CatchUpResult(int Profiles, TimeSpan Load, TimeSpan Ready, TimeSpan Indexed)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Profiles:N0} profiles loaded by COPY in {Load.TotalSeconds:0.0} s ({Profiles / Load.TotalSeconds:N0}/s); a new replica on an empty data " +
        $"directory ready after {Ready.TotalSeconds:0.0} s, its index complete after {Indexed.TotalSeconds:0.0} s = {Profiles / Indexed.TotalSeconds:N0} profiles/s");
}

/// <summary>
/// A new replica joining a large bank: a fresh store filled with synthetic profiles, then a replica with an empty data
/// directory started on it and timed from process start until it is ready and until its index holds every profile.
/// </summary>
public static class CatchUpRun
{
    public static async Task<CatchUpResult> RunAsync(ReplicaBenchOptions options, string run, CancellationToken cancellationToken)
    {
        using var database = new PostgresDatabase(options.Postgres, "cbbench_");
        Console.WriteLine($"Catch-up: database {database.Name}, {options.CatchUpProfiles:N0} profiles");
        await ProfileBulkLoad.MigrateAsync(database.ConnectionString, cancellationToken);
        var load = await ProfileBulkLoad.LoadAsync(database.ConnectionString, options.CatchUpProfiles, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  store: {options.CatchUpProfiles:N0} profiles loaded by COPY in {load.TotalSeconds:0.0} s"));

        using var fleet = new ReplicaFleet(options.ServerDll, database.ConnectionString, options.Broker, run);
        var (_, ready, indexed) = await fleet.AddAsync(options.CatchUpProfiles, TimeSpan.FromHours(3), cancellationToken);
        return new CatchUpResult(options.CatchUpProfiles, load, ready, indexed);
    }
}
