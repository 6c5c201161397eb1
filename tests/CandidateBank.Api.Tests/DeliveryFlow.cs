using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>Steps the email tests share: candidates published, an order shortlisted, its status awaited.</summary>
public static class DeliveryFlow
{
    public static JobOrder OrderFrom(string companyEmail, string consultantEmail = "konsulent@aarhus.example") =>
        Profiles.LightRail() with { Company = new Company("12345674", "Aarhus Letbane Byg A/S", companyEmail), ConsultantEmail = consultantEmail };

    /// <summary>Publishes the profiles, submits the order and waits until its shortlist is ready; returns the order's id.</summary>
    public static async Task<string> ShortlistedOrder(CandidateBankFactory factory, JobOrder order, params CandidateProfile[] profiles)
    {
        var admin = factory.ClientWithKey(CandidateBankFactory.AdminKey);
        if (profiles.Length > 0)
        {
            var batch = await admin.PostAsJsonAsync("/api/v1/candidates/batch", profiles, ContractJson.Options);
            Assert.True(batch.IsSuccessStatusCode, await batch.Content.ReadAsStringAsync());
            await admin.WaitUntilIndexed(profiles.Select(p => $"{p.CandidateId}?jobCentre={p.JobCentre}").ToArray());
        }
        var consultant = factory.ClientWithKey(CandidateBankFactory.ConsultantKey);
        var submitted = await consultant.PostAsJsonAsync("/api/v1/job-orders", order, ContractJson.Options);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        var id = (await submitted.Read<JobOrderAccepted>()).Id;
        var shortlist = await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode);
        Assert.True(shortlist.IsSuccessStatusCode, $"Job order {id} was not shortlisted in time: {(int)shortlist.StatusCode}");
        return id;
    }

    public static Task<HttpResponseMessage> Send(this HttpClient consultant, string id, params string[] removeCandidateIds) =>
        consultant.PostAsJsonAsync($"/api/v1/job-orders/{id}/shortlist/send", new { removeCandidateIds }, ContractJson.Options);

    public static Task<JobOrderView> WaitForStatus(this HttpClient consultant, string id, string status, int timeoutMs = 30_000) =>
        consultant.WaitForOrder(id, view => view.Status == status, $"status '{status}'", timeoutMs);

    /// <summary>Polls the order, with a deadline, until it is as <paramref name="wanted"/>; returns it as last read.</summary>
    public static async Task<JobOrderView> WaitForOrder(this HttpClient consultant, string id, Func<JobOrderView, bool> wanted, string what, int timeoutMs = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var view = await (await consultant.GetAsync($"/api/v1/job-orders/{id}")).Read<JobOrderView>();
            if (wanted(view)) return view;
            Assert.True(DateTime.UtcNow < deadline,
                $"Job order {id} is '{view.Status}' (delivery: {view.Delivery?.Status}, {view.Delivery?.Reason}), not {what}, after {timeoutMs} ms.");
            await Task.Delay(50);
        }
    }

    public static async Task WaitForFile(string path, int timeoutMs = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!File.Exists(path))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{path} did not appear within {timeoutMs} ms.");
            await Task.Delay(50);
        }
    }
}
