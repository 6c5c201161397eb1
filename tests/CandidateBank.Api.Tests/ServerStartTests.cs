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
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }
}
