using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Tests.Vocabulary;

/// <summary>The vocabulary shipped in Data/vocabulary.json knows what the networks recruit for, in the spellings partners use.</summary>
public class ShippedVocabularyTests
{
    private static readonly TradeVocabulary Danish = TradeVocabulary.Danish;

    [Theory]
    [InlineData("struktør", "Struktør")]
    [InlineData("Struktører", "Struktør")]
    [InlineData("Betonstruktør", "Struktør")]
    [InlineData("tømrersvend", "Tømrer")]
    [InlineData("MIG/MAG-svejser", "Svejser")]
    public void Titles_and_inflections_name_the_occupation(string title, string occupation) =>
        Assert.Equal(occupation, Danish.Occupation(title)?.Name);

    [Fact]
    public void Struktør_betonarbejder_and_forskallingstømrer_are_related_both_ways()
    {
        var struktør = Danish.OccupationNamed("Struktør")!;
        Assert.Contains("Betonarbejder", struktør.Related);
        Assert.Contains("Forskallingstømrer", struktør.Related);
        Assert.Contains("Struktør", Danish.OccupationNamed("Betonarbejder")!.Related);
        Assert.Contains("Struktør", Danish.OccupationNamed("Forskallingstømrer")!.Related);
    }

    [Theory]
    [InlineData("epoxybevis", "Epoxy-kursus")]
    [InlineData("Epoxy og isocyanater (AMU)", "Epoxy-kursus")]
    [InlineData("GWO BST", "GWO Basic Safety Training")]
    [InlineData("truckcert. B", "Truckcertifikat B")]
    [InlineData("Gravemaskinecertifikat", "Gravemaskine-certifikat")]
    [InlineData("asbestkursus", "Asbest-kursus")]
    [InlineData("EN ISO 9606-1", "Svejsecertifikat EN ISO 9606-1")]
    [InlineData("kran-certifikat", "Kranførercertifikat")]
    [InlineData("Arbejde på vej 2", "Arbejde på vej niveau 2")]
    public void Certificate_spellings_normalise_to_the_canonical_name(string written, string canonical) =>
        Assert.Equal(canonical, Danish.CertificateName(written));

    [Theory]
    [InlineData("Truckcertifikat B", "Truckcertifikat A", true)]
    [InlineData("Truckcertifikat A", "Truckcertifikat B", false)]
    [InlineData("AVJ 2", "Arbejde på vej", true)]
    [InlineData("Arbejde på vej", "Arbejde på vej niveau 2", false)]
    [InlineData("GWO BST", "GWO Working at Heights", true)]
    public void Certificate_hierarchy_decides_what_a_held_certificate_satisfies(string held, string required, bool satisfied) =>
        Assert.Equal(satisfied, Danish.HoldsCertificate([held], required));

    [Fact]
    public void Every_field_the_networks_recruit_for_has_occupations_with_disco_codes()
    {
        var fields = Danish.Data.Occupations.GroupBy(o => o.Field).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var field in new[] { "Bygge og anlæg", "Transport", "Metal og industri", "Offshore og energi", "Social- og sundhed", "Lager og logistik", "Detail" })
            Assert.True(fields.TryGetValue(field, out var occupations) && occupations.Count >= 5 && occupations.Any(o => o.Disco is not null), field);
    }
}
