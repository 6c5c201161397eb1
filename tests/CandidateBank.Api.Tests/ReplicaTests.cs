using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;
using Xunit.Abstractions;

namespace CandidateBank.Api.Tests;

/// <summary>Three replicas on one PostgreSQL and one RabbitMQ: every index complete, every email once, a crash and a newcomer caught up.</summary>
[Collection(RabbitMqBroker.Collection)]
[Trait("Category", "Slow")]
public sealed class ReplicaTests(ReplicaSet set, ITestOutputHelper output) : IClassFixture<ReplicaSet>
{
    private static readonly string[] Homes = ["Aarhus", "Skanderborg", "Odder", "Favrskov", "Syddjurs"];
    private static readonly string[] Skills = ["forskalling", "armering", "beton", "epoxy", "stilladsmontage", "murerarbejde"];

    /// <summary>Struktører who differ as a bank's do (home, years, skills), so scores rank them rather than tie.</summary>
    private static List<CandidateProfile> Feed(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => CandidateBank.Matching.Tests.Profiles.Struktør($"{prefix}-{i:D5}", home: Homes[i % Homes.Length]) with
        {
            Occupations = [new OccupationExperience("Struktør", 1 + i % 23)],
            Skills = Skills.Where((_, s) => (i >> s & 1) == 1).DefaultIfEmpty("beton").ToList(),
        }).ToList();

    private static async Task Publish(HttpClient admin, IEnumerable<CandidateProfile> profiles)
    {
        foreach (var batch in profiles.Chunk(1000))
        {
            var response = await admin.PostAsJsonAsync("/api/v1/candidates/batch", batch, ContractJson.Options);
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        }
    }

    private IReadOnlyList<ReplicaSet.Replica> Running => set.Replicas.Take(3).ToList();

    [Fact]
    public async Task Five_thousand_profiles_published_to_one_replica_are_in_every_replicas_index_and_the_same_order_finds_the_same_qualified_candidates_everywhere()
    {
        var clock = Stopwatch.StartNew();
        await Publish(Running[0].Client(CandidateBankFactory.AdminKey), Feed("everywhere", 5000));
        var documents = await set.WaitUntilIndexesAgree(Running, atLeast: 5000);
        output.WriteLine($"5,000 profiles in all three indexes {clock.Elapsed.TotalSeconds:F1} s after the first batch was sent ({documents} documents each)");

        foreach (var replica in Running)
        {
            var admin = replica.Client(CandidateBankFactory.AdminKey);
            foreach (var id in new[] { "everywhere-00000", "everywhere-02500", "everywhere-04999" })
                Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/candidates/{id}")).StatusCode);
        }

        // Each order is shortlisted by whichever replica takes it off the shared queue, from that replica's own index.
        var shortlists = new List<Shortlist>();
        foreach (var replica in Running)
        {
            var consultant = replica.Client(CandidateBankFactory.ConsultantKey);
            var id = (await (await consultant.PostAsJsonAsync("/api/v1/job-orders", CandidateBank.Matching.Tests.Profiles.LightRail(), ContractJson.Options)).Read<JobOrderAccepted>()).Id;
            shortlists.Add(await (await consultant.GetWhen($"/api/v1/job-orders/{id}/shortlist", r => r.IsSuccessStatusCode)).Read<Shortlist>());
        }
        // Every index finds the same qualified candidates. (Which of equally scored candidates enter the re-ranked pool
        // follows each index's document order: docs/scaling.md, "What is still not built".)
        Assert.All(shortlists, s => Assert.Equal(shortlists[0].QualifiedCount, s.QualifiedCount));
        Assert.All(shortlists, s => Assert.Equal(shortlists[0].Candidates.Count, s.Candidates.Count));
        Assert.True(shortlists[0].QualifiedCount > 0, "no one qualified");
    }

    [Fact]
    public async Task An_order_with_auto_send_is_emailed_exactly_once_by_three_replicas()
    {
        await Publish(Running[1].Client(CandidateBankFactory.AdminKey), Feed("once", 10));
        await set.WaitUntilIndexesAgree(Running, atLeast: 10);
        var consultant = Running[1].Client(CandidateBankFactory.ConsultantKey);
        var id = (await (await consultant.PostAsJsonAsync("/api/v1/job-orders", DeliveryFlow.OrderFrom("hr@letbanebyg.example") with { AutoSend = true },
            ContractJson.Options)).Read<JobOrderAccepted>()).Id;

        // Accepted means published: the order exists once a replica has taken it off the shared queue.
        await consultant.GetWhen($"/api/v1/job-orders/{id}", r => r.IsSuccessStatusCode);
        await consultant.WaitForOrder(id, o => o.Delivery?.SentAt is not null, "emailed");
        await Task.Delay(TimeSpan.FromSeconds(3)); // several polls of every replica's outbox dispatcher
        var emails = Running.SelectMany(r => Directory.Exists(Path.Combine(r.DataDirectory, "outbox"))
            ? Directory.GetFiles(Path.Combine(r.DataDirectory, "outbox"), $"shortlist-{id}*.eml") : []).ToList();
        Assert.Single(emails);
    }

    [Fact]
    public async Task A_replica_killed_during_a_feed_leaves_the_others_indexing_and_catches_up_after_a_restart_with_nothing_lost()
    {
        var admin = Running[0].Client(CandidateBankFactory.AdminKey);
        var feed = Feed("crash", 2000);
        await Publish(admin, feed.Take(600));
        Running[2].Server.Kill();
        await Publish(admin, feed.Skip(600));
        var survivors = await set.WaitUntilIndexesAgree(Running.Take(2), atLeast: 2000);

        var clock = Stopwatch.StartNew();
        set.Add(Running[2].Name);
        await Running[2].Server.WaitUntilReady();
        var ready = clock.Elapsed;
        Assert.Equal(survivors, await set.WaitUntilIndexesAgree(Running, atLeast: survivors));
        output.WriteLine($"Killed replica ready {ready.TotalSeconds:F1} s after restart, index complete after {clock.Elapsed.TotalSeconds:F1} s ({survivors} documents)");
    }

    [Fact]
    public async Task A_new_replica_on_a_populated_store_catches_up_and_an_erasure_leaves_the_candidate_in_no_replicas_index()
    {
        await Publish(Running[0].Client(CandidateBankFactory.AdminKey), Feed("populated", 3000));
        var before = await set.WaitUntilIndexesAgree(Running, atLeast: 3000);

        var clock = Stopwatch.StartNew();
        var newcomer = set.Add("new");
        await newcomer.Server.WaitUntilReady();
        var ready = clock.Elapsed;
        var all = Running.Append(newcomer).ToList();
        Assert.Equal(before, await set.WaitUntilIndexesAgree(all, atLeast: before));
        output.WriteLine($"New replica ready {ready.TotalSeconds:F1} s after start with {before} profiles in the store, index complete after {clock.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(HttpStatusCode.Accepted, (await newcomer.Client(CandidateBankFactory.AdminKey).DeleteAsync("/api/v1/candidates/populated-01234")).StatusCode);
        Assert.Equal(before - 1, await set.WaitUntilIndexesAgreeOn(all, before - 1));
        newcomer.Server.Dispose();
    }
}
