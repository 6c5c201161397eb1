using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task Profiles_and_job_orders_survive_a_restart_on_the_same_data_directory()
    {
        string orderId;
        var first = CandidateBankFactory.WithFreshData();
        try
        {
            var aarhus = first.ClientWithKey(CandidateBankFactory.AarhusKey);
            await aarhus.PutProfile(Profiles.Struktør("survivor"));
            await aarhus.WaitUntilIndexed("survivor");
            var consultant = first.ClientWithKey(CandidateBankFactory.ConsultantKey);
            var submitted = await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options);
            orderId = (await submitted.Read<JobOrderAccepted>()).Id;
            await consultant.GetWhen($"/api/v1/job-orders/{orderId}/shortlist", r => r.IsSuccessStatusCode);
        }
        finally
        {
            first.Dispose();
        }

        using var second = new CandidateBankFactory(first.DataDirectory);
        try
        {
            var aarhus = second.ClientWithKey(CandidateBankFactory.AarhusKey);
            Assert.Equal(HttpStatusCode.OK, (await aarhus.GetAsync("/api/v1/candidates/survivor")).StatusCode);
            var consultant = second.ClientWithKey(CandidateBankFactory.ConsultantKey);
            var shortlist = await (await consultant.GetAsync($"/api/v1/job-orders/{orderId}/shortlist")).Read<Shortlist>();
            Assert.Equal(["survivor"], shortlist.Candidates.Select(c => c.CandidateId));

            // The index came back too: a new order finds the candidate without re-publishing.
            var again = await consultant.PostAsJsonAsync("/api/v1/job-orders", Profiles.LightRail(), ContractJson.Options);
            var id = (await again.Read<JobOrderAccepted>()).Id;
            var response = await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode);
            Assert.Equal(["survivor"], (await response.Read<Shortlist>()).Candidates.Select(c => c.CandidateId));
        }
        finally
        {
            second.Dispose();
            second.DeleteData();
        }
    }
}
