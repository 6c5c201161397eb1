using System.Collections.Concurrent;
using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CandidateBank.Api.Tests;

/// <summary>
/// A candidate who has not consented to sharing with employers: no name, email or phone in anything a consultant reads,
/// and neither contact details nor profile text in any log line of the whole flow.
/// </summary>
public sealed class ConsentLeakTests : IDisposable
{
    private const string Name = "Karen Secretsen", Email = "karen.secret@example.dk", Phone = "+45 12 34 56 78", Summary = "Unik-fritekst-der-ikke-må-logges";
    private readonly CandidateBankFactory _factory = CandidateBankFactory.WithFreshData();
    private readonly CapturingLoggerProvider _logs = new();

    [Fact]
    public async Task Contact_details_never_reach_a_consultant_and_profile_text_never_reaches_the_logs()
    {
        var server = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs))));
        var aarhus = server.CreateClient().WithKey(CandidateBankFactory.AarhusKey);
        var profile = Profiles.Struktør("private-contact") with
        {
            Summary = Summary, Consent = new Consent(ShareWithEmployers: false, ShareAcrossNetworks: true), Contact = new Contact(Name, Email, Phone),
        };
        await aarhus.PutProfile(profile);
        await aarhus.WaitUntilIndexed("private-contact");

        var consultant = server.CreateClient().WithKey(CandidateBankFactory.ConsultantKey);
        var id = (await (await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail() with { RequiredCertificates = [] }, ContractJson.Options)).Read<JobOrderAccepted>()).Id;
        var outputs = new List<string>
        {
            await (await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode)).Content.ReadAsStringAsync(),
            await consultant.GetStringAsync($"/api/v1/job-orders/{id}/gaps"),
            await consultant.GetStringAsync($"/api/v1/job-orders/{id}"),
            await aarhus.GetStringAsync("/api/v1/candidates/private-contact/access-log"),
        };
        Assert.Contains("private-contact", outputs[0]);

        foreach (var secret in new[] { Name, Email, Phone })
            Assert.DoesNotContain(outputs, output => output.Contains(secret));
        Assert.NotEmpty(_logs.Lines);
        foreach (var secret in new[] { Name, Email, Phone, Summary })
            Assert.DoesNotContain(_logs.Lines, line => line.Contains(secret));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _factory.DeleteData();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(Lines);
        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + exception);
        }
    }
}
