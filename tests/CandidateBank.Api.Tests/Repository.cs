namespace CandidateBank.Api.Tests;

/// <summary>Where the repository and the server built alongside these tests (same configuration and framework) are.</summary>
public static class Repository
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(directory.FullName, "CandidateBank.sln")))
                directory = directory.Parent ?? throw new InvalidOperationException("CandidateBank.sln not found above the test output.");
            return directory.FullName;
        }
    }

    /// <summary>src/CandidateBank.Server/bin/&lt;configuration&gt;/&lt;framework&gt;, read from this assembly's own output path.</summary>
    public static string ServerBuildDirectory
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
            return Path.Combine(Root, "src", "CandidateBank.Server", "bin", testOutput.Parent!.Name, testOutput.Name);
        }
    }
}
