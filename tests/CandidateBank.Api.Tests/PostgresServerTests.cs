using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.AccessLog;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;
using CandidateBank.Tests.Shared;

namespace CandidateBank.Api.Tests;

/// <summary>The whole server with CandidateBank:Store:Provider = Postgres, on the real PostgreSQL of tests/postgres.sh.</summary>
public sealed class PostgresServerTests : IDisposable
{
    private readonly PostgresDatabase _database = new();

    [Fact]
    public async Task Profiles_orders_and_shortlists_live_in_postgres_and_survive_a_restart_on_a_new_data_directory()
    {
        string orderId;
        var first = Server();
        try
        {
            var aarhus = first.ClientWithKey(CandidateBankFactory.AarhusKey);
            Assert.Equal(HttpStatusCode.Accepted, (await aarhus.PutProfile(Profiles.Struktør("pg-aarhus"))).StatusCode);
            Assert.Equal(HttpStatusCode.Accepted, (await aarhus.PutProfile(Profiles.Struktør("pg-no-epoxy") with { Certificates = [] })).StatusCode);
            await aarhus.WaitUntilIndexed("pg-aarhus", "pg-no-epoxy");
            var consultant = first.ClientWithKey(CandidateBankFactory.ConsultantKey);
            var submitted = await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options);
            orderId = (await submitted.Read<JobOrderAccepted>()).Id;
            var shortlist = await (await consultant.GetWhen($"/api/v1/job-orders/{orderId}/shortlist", r => r.IsSuccessStatusCode)).Read<Shortlist>();

            Assert.Equal(["pg-aarhus"], shortlist.Candidates.Select(c => c.CandidateId));
            Assert.Equal("pg-no-epoxy", Assert.Single(shortlist.NearMisses).CandidateId);
            Assert.False(File.Exists(Path.Combine(first.DataDirectory, "candidatebank.db")), "Provider=Postgres must not create a SQLite file.");
        }
        finally
        {
            first.Dispose();
            first.DeleteData();
        }

        // A new data directory has no Lucene index: everything the second server knows comes from PostgreSQL.
        var second = Server();
        try
        {
            var consultant = second.ClientWithKey(CandidateBankFactory.ConsultantKey);
            var kept = await (await consultant.GetAsync($"/api/v1/job-orders/{orderId}/shortlist")).Read<Shortlist>();
            Assert.Equal(["pg-aarhus"], kept.Candidates.Select(c => c.CandidateId));

            var again = await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options);
            var id = (await again.Read<JobOrderAccepted>()).Id;
            var rebuilt = await (await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode)).Read<Shortlist>();
            Assert.Equal(["pg-aarhus"], rebuilt.Candidates.Select(c => c.CandidateId));

            // Showing a shortlist appended to the access log, which PostgreSQL holds append-only.
            var log = await second.ClientWithKey(CandidateBankFactory.AarhusKey).GetFromJsonAsync<List<AccessLogView>>("/api/v1/candidates/pg-aarhus/access-log", ContractJson.Options);
            Assert.Contains(log!, line => line.JobOrderId == orderId);
        }
        finally
        {
            second.Dispose();
            second.DeleteData();
        }
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_the_server_at_start_naming_the_setting()
    {
        using var server = CandidateBankFactory.WithFreshData(new Dictionary<string, string>
        {
            ["CandidateBank:Store:Provider"] = "Postgres",
            ["CandidateBank:Store:ConnectionString"] = "", // also when CANDIDATEBANK_TEST_STORE=Postgres sets one
        });
        var refusal = Assert.ThrowsAny<Exception>(() => server.CreateClient());
        Assert.Contains("CandidateBank:Store:ConnectionString", refusal.ToString());
        server.DeleteData();
    }

    private CandidateBankFactory Server() => CandidateBankFactory.WithFreshData(new Dictionary<string, string>
    {
        ["CandidateBank:Store:Provider"] = "Postgres",
        ["CandidateBank:Store:ConnectionString"] = _database.ConnectionString,
    });

    public void Dispose() => _database.Dispose();
}
