using CandidateBank.Matching.Geography;

namespace CandidateBank.Matching.Tests;

public class MunicipalitiesTests
{
    private readonly Municipalities _denmark = Municipalities.Denmark;

    [Fact]
    public void Ships_all_98_municipalities() => Assert.Equal(98, _denmark.All.Count);

    [Fact]
    public void Distance_Aarhus_to_Odense_is_about_the_straight_line_km()
    {
        var km = _denmark.DistanceKm("Aarhus", "Odense");
        Assert.InRange(km, 80, 100);
    }

    [Fact]
    public void Reachable_includes_home_and_neighbours_within_the_limit_only()
    {
        var reachable = _denmark.Reachable("Aarhus", 25).ToList();
        Assert.Contains("Aarhus", reachable);
        Assert.Contains("Skanderborg", reachable);
        Assert.DoesNotContain("Odense", reachable);
        Assert.DoesNotContain("København", reachable);
    }

    [Fact]
    public void Lookup_ignores_case_and_surrounding_space() => Assert.Equal("Faaborg-Midtfyn", _denmark.Canonical(" faaborg-midtfyn "));

    [Fact]
    public void Every_default_network_municipality_exists()
    {
        var members = RecruitmentNetworks.Defaults.Members.SelectMany(n => n.Value).ToList();
        Assert.All(members, m => Assert.True(_denmark.Contains(m), m));
        Assert.Equal(17, RecruitmentNetworks.Defaults.Members["JRS Sjælland"].Count);
        Assert.All(RecruitmentNetworks.Defaults.Members["JRS Sjælland"], m => Assert.True(_denmark.TryGet(m, out var x) && x.Region == "Sjælland", m));
    }

    [Theory]
    [InlineData("aarhus", "Aarhus")]
    [InlineData(" AARHUS ", "Aarhus")]
    [InlineData("Aarhus Kommune", "Aarhus")]
    [InlineData("Århus", "Aarhus")]
    [InlineData("Høje Taastrup", "Høje-Taastrup")]
    [InlineData("Koege", "Køge")]
    [InlineData("kommune  København", "København")]
    public void A_municipality_written_as_people_write_it_has_its_official_name(string written, string official) =>
        Assert.Equal(official, _denmark.Canonical(written));

    [Fact]
    public void An_unknown_name_suggests_the_nearest_official_ones_and_a_name_far_from_all_suggests_none()
    {
        Assert.Equal("Aarhus", _denmark.Nearest("Aarhuus")[0]);
        Assert.Contains("Frederikshavn", _denmark.Nearest("Frederikshaven"));
        Assert.Empty(_denmark.Nearest("Atlantis"));
    }

    [Fact]
    public void A_message_with_a_misspelt_municipality_is_refused_with_a_suggestion()
    {
        var result = new Validation.MessageValidator(_denmark).Validate(Profiles.Struktør() with { HomeMunicipality = "Aarhuus" });
        Assert.Contains("did you mean Aarhus?", result.ToString());
    }

    [Fact]
    public void A_valid_profile_is_stored_in_the_banks_one_spelling()
    {
        var canonical = new Validation.MessageValidator(_denmark).Canonical.Of(Profiles.Struktør() with
        {
            JobCentre = " aarhus", HomeMunicipality = "Århus Kommune", DriversLicences = ["c", " ce "], Languages = ["DA"],
        });
        Assert.Equal(("Aarhus", "Aarhus"), (canonical.JobCentre, canonical.HomeMunicipality));
        Assert.Equal(["C", "CE"], canonical.DriversLicences);
        Assert.Equal(["da"], canonical.Languages);
    }
}
