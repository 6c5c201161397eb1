using System.Globalization;

namespace CandidateBank.Bench.Search;

/// <summary>The options of <c>search</c>. A smoke run is small and quick: it checks the benchmark works, not the figures.</summary>
public sealed record SearchOptions(int Candidates, int Seed, int Orders, int Rounds, bool Smoke, string? PostgresConnectionString)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/CandidateBank.Bench -- search [options]
          --candidates <n>        synthetic profiles (default 100000; 3000 with --smoke)
          --seed <n>              the synthetic bank's seed (default 1)
          --orders <n>            job orders in the mix (default 200; 40 with --smoke)
          --rounds <n>            times each client asks the whole mix (default 3; 1 with --smoke)
          --postgres <connection string>   also measure the PostgreSQL peer on the same profiles and orders
          --smoke                 a quick run that checks the benchmark works, not the figures
        """;

    public static SearchOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        var smoke = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--smoke") { smoke = true; continue; }
            if (args[i] is not ("--candidates" or "--seed" or "--orders" or "--rounds" or "--postgres") || i + 1 >= args.Length) return null;
            values[args[i]] = args[++i];
        }
        int Number(string name, int fallback) =>
            values.TryGetValue(name, out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
        return new SearchOptions(
            Number("--candidates", smoke ? 3_000 : 100_000), Number("--seed", 1), Number("--orders", smoke ? 40 : 200),
            Number("--rounds", smoke ? 1 : 3), smoke, values.GetValueOrDefault("--postgres"));
    }
}
