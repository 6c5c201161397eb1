using System.Globalization;

namespace CandidateBank.Bench.Replicas;

/// <summary>What <c>replicas</c> measures and against which store and broker; <c>--smoke</c> makes every default small.</summary>
public sealed record ReplicaBenchOptions(string Postgres, string Broker, string ServerDll, int Replicas, int Profiles, int Orders, int Clients,
    TimeSpan Duration, int CatchUpProfiles, bool Smoke)
{
    public const string Usage = """
        Usage: dotnet bench/CandidateBank.Bench/bin/Release/net10.0/CandidateBank.Bench.dll replicas --postgres "<npgsql connection string>" --broker amqp://user:password@host:port/vhost [options]
          Starts real server processes (src/CandidateBank.Server/bin/Release/net10.0, build it first) as replicas on a fresh
          database of the PostgreSQL server (its user must be allowed to create databases; the database is dropped at the
          end) and the RabbitMQ vhost, which should be one of their own (replicas share its job-order queue).
          --replicas <n>            1 … n replicas in turn, each measured (default 3; 2 with --smoke)
          --profiles <n>            profiles in the store, each replica indexes all of them (default 100000; 300)
          --orders <n>              orders per replica count, one at a time, timed from POST until GET …/shortlist
                                    answers 200 (default 50; 5)
          --clients <n>             concurrent clients reading shortlists (default 8; 4)
          --seconds <n>             how long they read (default 20; 2)
          --catch-up-profiles <n>   then a fresh store of n profiles and a new replica on it: load time, time to ready,
                                    time until its index holds every profile (default 1000000; 2000; 0 skips it)
          --server <dll>            the server to start (default: src/CandidateBank.Server/bin/Release/net10.0/CandidateBank.Server.dll)
          --smoke                   seconds long: checks that the benchmark works, not the figures
        """;

    private static readonly string[] Valued = ["--postgres", "--broker", "--server", "--replicas", "--profiles", "--orders", "--clients", "--seconds", "--catch-up-profiles"];

    /// <summary>The options, or null (after printing why and the usage) when they are not usable.</summary>
    public static ReplicaBenchOptions? Parse(string[] args)
    {
        var given = new Dictionary<string, string>();
        var smoke = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--smoke") { smoke = true; continue; }
            if (!Valued.Contains(args[i]) || i + 1 >= args.Length) return Refuse($"Not understood: {args[i]}");
            given[args[i]] = args[++i];
        }
        if (!given.TryGetValue("--postgres", out var postgres) || !given.TryGetValue("--broker", out var broker))
            return Refuse("--postgres and --broker are required.");
        int Number(string name, int normal, int small) =>
            given.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : smoke ? small : normal;
        var options = new ReplicaBenchOptions(postgres, broker, given.GetValueOrDefault("--server") ?? DefaultServerDll(),
            Number("--replicas", 3, 2), Number("--profiles", 100_000, 300), Number("--orders", 50, 5), Number("--clients", 8, 4),
            TimeSpan.FromSeconds(Number("--seconds", 20, 2)), Number("--catch-up-profiles", 1_000_000, 2_000), smoke);
        if (!File.Exists(options.ServerDll)) return Refuse($"No server at {options.ServerDll}: dotnet build CandidateBank.sln -c Release first, or give --server.");
        if (options.Replicas < 1 || options.Profiles < 1 || options.Orders < 1 || options.Clients < 1 || options.CatchUpProfiles < 0)
            return Refuse("--replicas, --profiles, --orders and --clients must be at least 1, --catch-up-profiles at least 0.");
        return options;
    }

    private static ReplicaBenchOptions? Refuse(string reason)
    {
        Console.Error.WriteLine($"{reason}\n{Usage}");
        return null;
    }

    /// <summary>The Release build of the server in the repository this benchmark was built from.</summary>
    private static string DefaultServerDll()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "CandidateBank.sln")))
                return Path.Combine(directory.FullName, "src", "CandidateBank.Server", "bin", "Release", "net10.0", "CandidateBank.Server.dll");
        return Path.GetFullPath(Path.Combine("src", "CandidateBank.Server", "bin", "Release", "net10.0", "CandidateBank.Server.dll"));
    }
}
