using CandidateBank.Bus.Partners;
using CandidateBank.Contracts;

namespace CandidateBank.Api.Tests;

/// <summary>The identity rule on the bus on its own: which login may act for which job centre.</summary>
public sealed class BusPartnerRulesTests
{
    private readonly BusPartners _partners = new(new Dictionary<string, string> { ["aarhus"] = "aarhus", ["randers"] = "Randers" }, serverUser: "indexer");

    private static CandidateProfileExpired Expired(string id, string jobCentre) => new()
    {
        CandidateId = id, JobCentre = jobCentre, LastPublishedAt = DateTimeOffset.UnixEpoch, ExpiredAt = DateTimeOffset.UnixEpoch, RetentionDays = 365,
    };

    [Fact]
    public void A_partner_acts_for_its_own_job_centre_whatever_the_case_of_the_name()
    {
        var (caller, refusal) = _partners.Identify("aarhus", Profiles.Struktør("own") with { JobCentre = "AARHUS" });

        Assert.Null(refusal);
        Assert.Equal(new BusCaller("aarhus", "Aarhus"), caller);
        Assert.Equal("aarhus (AMQP, jobcenter Aarhus)", caller!.Actor);
    }

    [Fact]
    public void The_servers_own_login_acts_for_any_job_centre_the_rest_api_allowed()
    {
        Assert.Null(_partners.Identify("indexer", Profiles.Struktør("any") with { JobCentre = "Odense" }).Refusal);
        Assert.Null(_partners.Identify("indexer", Expired("any", "Odense")).Refusal);
    }

    [Theory]
    [InlineData(null, "CandidateProfile has no user_id property")]
    [InlineData("", "CandidateProfile has no user_id property")]
    [InlineData("odense", "AMQP user 'odense' is not a partner job centre")]
    [InlineData("randers", "CandidateProfile acts for job centre 'Aarhus', but AMQP user 'randers' publishes for job centre 'Randers' only")]
    public void A_profile_from_anyone_but_its_job_centres_login_is_refused_with_the_reason(string? userId, string reason)
    {
        var (caller, refusal) = _partners.Identify(userId, Profiles.Struktør("aarhus-1"));

        Assert.Null(caller);
        Assert.Contains(reason, refusal);
    }

    [Fact]
    public void A_job_order_must_name_the_partners_job_centre_and_a_retention_expiry_is_never_a_partners()
    {
        Assert.Contains("names no jobCentre; a partner's order is its own job centre's: set jobCentre to 'Aarhus'",
            _partners.Identify("aarhus", Profiles.LightRail() with { JobCentre = null }).Refusal);
        Assert.Null(_partners.Identify("aarhus", Profiles.LightRail() with { JobCentre = "Aarhus" }).Refusal);
        Assert.Contains("published by CandidateBank's retention sweep only",
            _partners.Identify("aarhus", Expired("aarhus-1", "Aarhus")).Refusal);
    }

    [Fact]
    public void A_partner_mapped_to_the_servers_own_login_is_refused_at_start()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => new BusPartners(new Dictionary<string, string> { ["indexer"] = "Aarhus" }, "indexer"));

        Assert.Contains("'indexer' is CandidateBank's own AMQP user", refusal.Message);
    }
}
