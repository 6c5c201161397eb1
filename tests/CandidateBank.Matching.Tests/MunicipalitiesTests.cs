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
}
