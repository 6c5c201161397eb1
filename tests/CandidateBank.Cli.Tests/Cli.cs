namespace CandidateBank.Cli.Tests;

/// <summary>Runs the CLI in process, as `dotnet run --project src/CandidateBank.Cli -- ...` would, capturing its output.</summary>
internal static class Cli
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
