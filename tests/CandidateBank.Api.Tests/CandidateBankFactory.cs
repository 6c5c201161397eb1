using System.Net.Http.Json;
using CandidateBank.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CandidateBank.Api.Tests;

/// <summary>
/// The real server in process: in-memory bus, SQLite file and Lucene index in a private data directory.
/// Two factories on the same directory, one after the other, are a restart.
/// </summary>
public sealed class CandidateBankFactory(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string AarhusKey = "test-jobcentre-aarhus";
    public const string OdenseKey = "test-jobcentre-odense";
    public const string ConsultantKey = "test-consultant-aarhus";
    public const string AdminKey = "test-admin";
    public const string OdenseConsultantKey = "test-consultant-odense";
    public const string RandersConsultantKey = "test-consultant-randers";

    public string DataDirectory { get; } = dataDirectory;

    /// <summary>Replaces the server's clock (set before the first request), so tests can move time.</summary>
    public TimeProvider? Clock { get; set; }

    public static CandidateBankFactory WithFreshData(IReadOnlyDictionary<string, string>? settings = null) =>
        new(Path.Combine(Path.GetTempPath(), "candidatebank-test-" + Guid.NewGuid().ToString("N")), settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("CandidateBank:DataDirectory", DataDirectory);
        UsePostgresWhenAsked(builder);
        if (Clock is { } clock)
            builder.ConfigureTestServices(services => services.RemoveAll<TimeProvider>().AddSingleton(clock));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        var keys = new[]
        {
            ("aarhus", AarhusKey, "jobcentre", "Aarhus"),
            ("odense", OdenseKey, "jobcentre", "Odense"),
            ("consultant", ConsultantKey, "consultant", "Aarhus"),
            ("admin", AdminKey, "admin", ""),
            ("consultant-odense", OdenseConsultantKey, "consultant", "Odense"),
            ("consultant-randers", RandersConsultantKey, "consultant", "Randers"),
        };
        for (var i = 0; i < keys.Length; i++)
        {
            builder.UseSetting($"CandidateBank:ApiKeys:{i}:Name", keys[i].Item1);
            builder.UseSetting($"CandidateBank:ApiKeys:{i}:Key", keys[i].Item2);
            builder.UseSetting($"CandidateBank:ApiKeys:{i}:Role", keys[i].Item3);
            builder.UseSetting($"CandidateBank:ApiKeys:{i}:JobCentre", keys[i].Item4);
        }
    }

    /// <summary>
    /// With CANDIDATEBANK_TEST_STORE=Postgres every in-process server stores in the PostgreSQL of tests/postgres.sh, in
    /// a database named after its data directory (so a restart on the same directory finds its data): a way to run
    /// the API suite against PostgreSQL by hand. Tests that read the SQLite file directly fail in that mode.
    /// </summary>
    private void UsePostgresWhenAsked(IWebHostBuilder builder)
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("CANDIDATEBANK_TEST_STORE"), "Postgres", StringComparison.OrdinalIgnoreCase)) return;
        var server = Environment.GetEnvironmentVariable("CANDIDATEBANK_TEST_POSTGRES")
            ?? throw new InvalidOperationException("CANDIDATEBANK_TEST_STORE=Postgres needs CANDIDATEBANK_TEST_POSTGRES (source tests/postgres.sh && postgres_start).");
        var database = "cb_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(DataDirectory)))[..24];
        builder.UseSetting("CandidateBank:Store:Provider", "Postgres");
        builder.UseSetting("CandidateBank:Store:ConnectionString", new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ToString());
    }

    public HttpClient ClientWithKey(string? key)
    {
        var client = CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Removes the data directory; Lucene's merge threads may still be letting go of files for a moment.</summary>
    public void DeleteData()
    {
        for (var attempt = 1; Directory.Exists(DataDirectory); attempt++)
        {
            try { Directory.Delete(DataDirectory, recursive: true); }
            catch (IOException) when (attempt < 20) { Thread.Sleep(50); }
        }
    }
}

public static class HttpExtensions
{
    public static HttpClient WithKey(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static Task<HttpResponseMessage> PutProfile(this HttpClient client, CandidateProfile profile) =>
        client.PutAsJsonAsync($"/api/v1/candidates/{profile.CandidateId}", profile, ContractJson.Options);

    public static async Task<T> Read<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(ContractJson.Options))!;

    /// <summary>Writes are applied by the indexer a moment after the API accepts them: poll, with a deadline.</summary>
    public static async Task<HttpResponseMessage> GetWhen(this HttpClient client, string url, Func<HttpResponseMessage, bool> ready, int timeoutMs = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var response = await client.GetAsync(url);
            if (ready(response) || DateTime.UtcNow > deadline) return response;
            await Task.Delay(25);
        }
    }

    public static async Task WaitUntilIndexed(this HttpClient client, params string[] candidateIds)
    {
        foreach (var id in candidateIds)
        {
            var response = await client.GetWhen($"/api/v1/candidates/{id}", r => r.IsSuccessStatusCode);
            Assert.True(response.IsSuccessStatusCode, $"Candidate {id} was not indexed in time: {(int)response.StatusCode}");
        }
    }
}
