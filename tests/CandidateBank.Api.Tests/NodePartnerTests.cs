using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>
/// A partner whose systems are not .NET: Node's amqplib publishes the schema's example profile as plain JSON,
/// and a consultant then finds that candidate in a shortlist.
/// </summary>
[Collection(RabbitMqBroker.Collection)]
public sealed class NodePartnerTests : IDisposable
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData(RabbitMqBroker.ServerSettings());

    [Fact]
    public async Task Profile_published_by_node_amqplib_is_found_in_a_shortlist()
    {
        _factory.CreateClient(); // starts the server, which declares its exchanges and queues
        await RabbitMqBroker.WaitForConsumer("candidate-profile");
        var example = Path.Combine(RepositoryRoot(), "schemas", "examples", "CandidateProfile.json");
        var candidateId = JsonDocument.Parse(File.ReadAllText(example)).RootElement.GetProperty("candidateId").GetString()!;

        var (exitCode, output) = await RunNode("publish.js", $"amqp://aarhus:aarhus-test@127.0.0.1:{RabbitMqBroker.Port}", "CandidateProfile", example);
        Assert.True(exitCode == 0, output);

        var aarhus = _factory.ClientWithKey(CandidateBankFactory.AarhusKey);
        await aarhus.WaitUntilIndexed(candidateId);
        var consultant = _factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var submitted = await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options);
        var id = (await submitted.Read<JobOrderAccepted>()).Id;
        var shortlist = await (await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode)).Read<Shortlist>();
        Assert.Contains(candidateId, shortlist.Candidates.Select(c => c.CandidateId));
    }

    private static async Task<(int ExitCode, string Output)> RunNode(string script, params string[] arguments)
    {
        var interop = Path.Combine(RepositoryRoot(), "tests", "interop");
        Assert.True(Directory.Exists(Path.Combine(interop, "node_modules", "amqplib")),
            "tests/interop/node_modules is missing: run the tests with 'bash tests/run.sh', which installs amqplib with npm.");
        var start = new ProcessStartInfo("node") { WorkingDirectory = interop, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return (process.ExitCode, output);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "CandidateBank.sln"))) return directory.FullName;
        throw new InvalidOperationException("Cannot find CandidateBank.sln above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }
}
