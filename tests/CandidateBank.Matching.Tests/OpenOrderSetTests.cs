using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Shortlisting;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Tests;

/// <summary>An arriving profile is checked against the open orders' hard rules, in memory, with the index's definition.</summary>
public sealed class OpenOrderSetTests
{
    private readonly OpenOrderSet _open = new(new HardRuleTerms(Municipalities.Denmark, RecruitmentNetworks.Defaults, TradeVocabulary.Danish), TradeVocabulary.Danish);
    private readonly HardRules _rules = new(Municipalities.Denmark, RecruitmentNetworks.Defaults, TradeVocabulary.Danish);

    [Fact]
    public void A_profile_qualifies_for_exactly_the_open_orders_whose_every_hard_rule_it_meets_in_their_trade()
    {
        _open.Put("aarhus-epoxy", Profiles.LightRail());
        _open.Put("skagen", Profiles.LightRail() with { WorkMunicipality = "Frederikshavn" });                 // beyond the commute
        _open.Put("tower-crane", Profiles.LightRail() with { RequiredCertificates = ["Tårnkrancertifikat"] });  // a certificate not held
        _open.Put("too-early", Profiles.LightRail() with { StartDate = new DateOnly(2027, 1, 1) });           // available only in February
        _open.Put("no-licence", Profiles.LightRail() with { RequiredDriversLicences = [] });
        _open.Put("carpenters", Profiles.LightRail() with { Occupation = "tømrer", RequiredCertificates = [] });         // another trade

        var qualifying = _open.QualifyingFor(Profiles.Struktør());

        Assert.Equal(["aarhus-epoxy", "no-licence"], qualifying.Order());
        foreach (var id in new[] { "skagen", "tower-crane", "too-early" })
            Assert.NotEmpty(_rules.Violations(Order(id), Profiles.Struktør())); // the same verdict as the rules in C#
    }

    [Fact]
    public void A_removed_order_is_no_longer_matched_and_putting_an_order_again_replaces_it()
    {
        _open.Put("o", Profiles.LightRail() with { WorkMunicipality = "Frederikshavn" });
        Assert.Empty(_open.QualifyingFor(Profiles.Struktør()));

        _open.Put("o", Profiles.LightRail());
        Assert.Equal(["o"], _open.QualifyingFor(Profiles.Struktør()));

        _open.Remove("o");
        Assert.Empty(_open.QualifyingFor(Profiles.Struktør()));
        Assert.Equal(0, _open.Count);
    }

    private static Contracts.JobOrder Order(string id) => id switch
    {
        "skagen" => Profiles.LightRail() with { WorkMunicipality = "Frederikshavn" },
        "tower-crane" => Profiles.LightRail() with { RequiredCertificates = ["Tårnkrancertifikat"] },
        _ => Profiles.LightRail() with { StartDate = new DateOnly(2027, 1, 1) },
    };
}
