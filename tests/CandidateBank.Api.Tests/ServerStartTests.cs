namespace CandidateBank.Api.Tests;

/// <summary>The built server started as systemd starts it: `dotnet /opt/…/CandidateBank.Server.dll` from another directory.</summary>
[Collection(RabbitMqBroker.Collection)]
public sealed class ServerStartTests
{
    [Fact]
    public async Task Server_started_from_another_working_directory_reads_its_own_appsettings()
    {
        var data = Path.Combine(Path.GetTempPath(), "candidatebank-start-" + Guid.NewGuid().ToString("N"));
        try
        {
            string output;
            using (var server = ServerProcess.Start(data, ServerProcess.FreePort())) // working directory: the temp directory
            {
                await server.WaitUntilReady();
                await server.StopAsync();
                output = server.Output;
            }

            // appsettings.json turns EF Core down to warnings; without it every SQL command the store runs is logged.
            Assert.DoesNotContain("Executed DbCommand", output);
            Assert.Contains("Data directory: " + data, output);
            Assert.Contains("API keys: 1 configured", output);
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_server_started_without_any_key_says_how_to_create_one()
    {
        var data = Path.Combine(Path.GetTempPath(), "candidatebank-nokeys-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var server = ServerProcess.Start(data, ServerProcess.FreePort(), withAdminKey: false);
            await server.WaitUntilReady();
            await server.StopAsync();

            Assert.Contains("No API keys: every API request will be answered 401", server.Output);
            Assert.Contains("keys create --name", server.Output);
            Assert.Contains("--demo", server.Output);
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }
}
