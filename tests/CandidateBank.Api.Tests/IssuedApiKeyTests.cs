using System.Net;
using System.Text;
using CandidateBank.Cli;

namespace CandidateBank.Api.Tests;

/// <summary>Keys issued with the CLI against a running server's store: hashed at rest, live at once, revocable at once.</summary>
public sealed class IssuedApiKeyTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();

    private async Task<(int Exit, string Output, string Error)> Cli(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CommandLine.RunAsync([.. args, "--data", _factory.DataDirectory], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Key_issued_while_the_server_runs_works_at_once_and_is_refused_once_revoked()
    {
        _factory.CreateClient(); // the server is running and has created its store
        var created = await Cli("keys", "create", "--name", "randers-jc", "--role", "jobcentre", "--job-centre", "Randers");
        Assert.Equal(0, created.Exit);
        var secret = created.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        var randers = _factory.ClientWithKey(secret);

        Assert.Equal(HttpStatusCode.Accepted, (await randers.PutProfile(Profiles.Struktør("randers-1") with { JobCentre = "Randers" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await randers.PutProfile(Profiles.Struktør("aarhus-9"))).StatusCode);

        Assert.Equal(0, (await Cli("keys", "revoke", "--name", "randers-jc")).Exit);
        Assert.Equal(HttpStatusCode.Unauthorized, (await randers.PutProfile(Profiles.Struktør("randers-2") with { JobCentre = "Randers" })).StatusCode);
    }

    [Fact]
    public async Task Store_and_listing_never_contain_the_secret()
    {
        _factory.CreateClient();
        var created = await Cli("keys", "create", "--name", "admin-ops", "--role", "admin");
        var secret = created.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        _factory.Dispose(); // let go of the database so every byte is in the file

        var listing = await Cli("keys", "list");
        Assert.Contains("admin-ops", listing.Output);
        Assert.DoesNotContain(secret, listing.Output);
        var stored = Directory.GetFiles(_factory.DataDirectory, "candidatebank.db*").Select(File.ReadAllBytes).SelectMany(b => b).ToArray();
        Assert.False(Encoding.UTF8.GetString(stored).Contains(secret[10..]), "the secret is stored in plain text");
    }

    [Theory]
    [InlineData("--role", "boss", "not one of")]
    [InlineData("--job-centre", "Atlantis", "not a Danish municipality")]
    public async Task Key_with_an_unknown_role_or_job_centre_is_refused_naming_it(string option, string value, string message)
    {
        _factory.CreateClient();
        var args = new Dictionary<string, string> { ["--name"] = "x", ["--role"] = "jobcentre", ["--job-centre"] = "Aarhus" };
        args[option] = value;
        var result = await Cli(["keys", "create", .. args.SelectMany(a => new[] { a.Key, a.Value })]);
        Assert.Equal(2, result.Exit);
        Assert.Contains(message, result.Error);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
