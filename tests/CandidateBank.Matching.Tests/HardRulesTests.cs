using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Tests.Vocabulary;

namespace CandidateBank.Matching.Tests;

public class HardRulesTests
{
    private readonly HardRules _rules = new(Municipalities.Denmark, RecruitmentNetworks.Defaults, SmallVocabulary.Create());
    private readonly JobOrder _order = Profiles.LightRail();

    private IReadOnlyList<string> Violations(CandidateProfile profile, JobOrder? order = null) => _rules.Violations(order ?? _order, profile);

    [Fact]
    public void Qualified_candidate_breaks_no_rule() => Assert.Empty(Violations(Profiles.Struktør()));

    [Fact]
    public void Home_beyond_the_commute_limit_breaks_the_reach_rule() =>
        Assert.Contains(Violations(Profiles.Struktør(home: "Odense")), v => v.Contains("km til Aarhus"));

    [Fact]
    public void Available_after_the_start_date_breaks_the_availability_rule() =>
        Assert.Contains(Violations(Profiles.Struktør() with { AvailableFrom = new DateOnly(2027, 3, 2) }), v => v.StartsWith("ledig først"));

    [Fact]
    public void Available_on_the_start_date_is_in_time() =>
        Assert.Empty(Violations(Profiles.Struktør() with { AvailableFrom = new DateOnly(2027, 3, 1) }));

    [Fact]
    public void Employment_type_not_sought_breaks_the_rule() =>
        Assert.Contains("søger ikke ordinary", Violations(Profiles.Struktør() with { EmploymentTypes = [EmploymentType.Temporary] }));

    [Theory]
    [InlineData("C", "B", true)]
    [InlineData("CE", "C", true)]
    [InlineData("D", "B", true)]
    [InlineData("B", "C", false)]
    [InlineData("C", "CE", false)]
    public void Licence_hierarchy_decides_whether_a_held_class_entitles_the_required_one(string held, string required, bool entitled)
    {
        var violations = Violations(Profiles.Struktør() with { DriversLicences = [held] }, _order with { RequiredDriversLicences = [required] });
        Assert.Equal(entitled, !violations.Contains($"mangler kørekort {required}"));
    }

    [Fact]
    public void Certificate_in_another_spelling_meets_the_requirement() =>
        Assert.Empty(Violations(Profiles.Struktør() with { Certificates = ["Epoxy og isocyanater (AMU)"] }));

    [Fact]
    public void Missing_certificate_is_named_by_its_canonical_name() =>
        Assert.Contains("mangler Epoxy-kursus", Violations(Profiles.Struktør() with { Certificates = [] }, _order with { RequiredCertificates = ["epoxybevis"] }));

    [Fact]
    public void Higher_certificate_level_meets_a_lower_requirement_but_not_the_reverse()
    {
        Assert.Empty(Violations(Profiles.Struktør() with { Certificates = ["AVJ 2"] }, _order with { RequiredCertificates = ["Arbejde på vej"] }));
        Assert.NotEmpty(Violations(Profiles.Struktør() with { Certificates = ["Arbejde på vej"] }, _order with { RequiredCertificates = ["Arbejde på vej niveau 2"] }));
    }

    [Fact]
    public void Required_language_not_spoken_breaks_the_rule() =>
        Assert.Contains("taler ikke de", Violations(Profiles.Struktør(), _order with { RequiredLanguages = ["de"] }));

    [Fact]
    public void Candidate_without_cross_network_consent_breaks_the_rule_only_outside_own_network()
    {
        var private_ = Profiles.Struktør() with { Consent = new Consent(true, ShareAcrossNetworks: false) };
        Assert.Empty(Violations(private_));
        Assert.Contains("deles ikke uden for eget netværk", Violations(private_ with { MaxCommuteKm = 200 }, _order with { WorkMunicipality = "Odense" }));
    }
}
