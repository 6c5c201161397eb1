using System.Text.Json;
using CandidateBank.Contracts;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CandidateBank.Api.Tests;

/// <summary>Awards published on the bus follow the same rules as profiles: a bad one faults with the reason, the same one twice changes nothing.</summary>
public sealed class TenderBusTests : IAsyncLifetime
{
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _server = null!;
    private ITestHarness _harness = null!;

    private static TenderAwarded Example() => JsonSerializer.Deserialize<TenderAwarded>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "examples", "TenderAwarded.json")), ContractJson.Options)!;

    public async Task InitializeAsync()
    {
        _server = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddPatientTestHarness()));
        _harness = _server.Services.GetTestHarness();
        await _harness.Start();
    }

    [Fact]
    public async Task Award_with_a_wrong_cvr_check_digit_faults_naming_it_and_a_repeated_award_is_stored_once()
    {
        await _harness.Bus.Publish(Example() with { TenderId = "bad", Cvr = "10150818" });
        Assert.True(await _harness.Consumed.Any<TenderAwarded>(m => m.Context.Message.TenderId == "bad" && m.Exception is { } e && e.Message.Contains("CVR")));

        await _harness.Bus.Publish(Example());
        await _harness.Bus.Publish(Example());
        var consultant = _server.CreateClient().WithKey(CandidateBankFactory.ConsultantKey);
        var tenders = await (await consultant.GetWhen("/api/v1/tenders", r => r.Content.ReadAsStringAsync().Result.Contains("UDB-2026-04711"))).Read<List<TenderAwarded>>();
        Assert.Equal(["UDB-2026-04711"], tenders.Select(t => t.TenderId));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _factory.DisposeAsync();
        _factory.DeleteData();
    }
}
