using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Tests.Vocabulary;

public class TradeVocabularyTests
{
    private readonly TradeVocabulary _vocabulary = SmallVocabulary.Create();

    [Theory]
    [InlineData("Struktør")]
    [InlineData("STRUKTØRER")]
    [InlineData("Betonstruktør")]
    [InlineData("  struktør ")]
    public void Listed_titles_in_any_case_and_spacing_name_the_occupation(string title) =>
        Assert.Equal("Struktør", _vocabulary.Occupation(title)?.Name);

    [Theory]
    [InlineData("struktøren")]
    [InlineData("struktørerne")]
    [InlineData("Betonarbejderne")]
    public void Inflections_not_listed_are_found_by_their_danish_stem(string title) =>
        Assert.NotNull(_vocabulary.Occupation(title));

    [Fact]
    public void Unknown_title_is_not_an_occupation_and_stays_text() =>
        Assert.Null(_vocabulary.Occupation("Astronaut"));

    [Theory]
    [InlineData("Epoxy-kursus")]
    [InlineData("epoxy kursus")]
    [InlineData("Epoxybevis")]
    [InlineData("Epoxy og isocyanater (AMU)")]
    public void Certificate_variants_normalise_to_the_canonical_name(string written) =>
        Assert.Equal("Epoxy-kursus", _vocabulary.CertificateName(written));

    [Fact]
    public void Unknown_certificate_keeps_its_text() =>
        Assert.Equal("Sprængningscertifikat", _vocabulary.CertificateName(" Sprængningscertifikat "));

    [Fact]
    public void Skill_variants_normalise_to_the_canonical_name() =>
        Assert.Equal("Forskalling", _vocabulary.SkillName("Forskallingsarbejde"));

    [Fact]
    public void Higher_level_certificate_satisfies_the_lower_but_not_the_other_way_round()
    {
        Assert.True(_vocabulary.HoldsCertificate(["AVJ 2"], "Arbejde på vej"));
        Assert.False(_vocabulary.HoldsCertificate(["Arbejde på vej"], "Arbejde på vej niveau 2"));
    }

    [Fact]
    public void Unknown_certificates_match_on_their_text_key() =>
        Assert.True(_vocabulary.HoldsCertificate(["sprængnings-certifikat"], "Sprængningscertifikat"));

    [Fact]
    public void A_spelling_claimed_by_two_entries_is_refused_naming_it()
    {
        var json = SmallVocabulary.Json.Replace("\"avj 2\"", "\"epoxybevis\"");
        var error = Assert.Throws<InvalidDataException>(() => TradeVocabulary.Parse(json));
        Assert.Contains("epoxybevis", error.Message);
    }

    [Fact]
    public void A_related_occupation_that_does_not_exist_is_refused_naming_it()
    {
        var json = SmallVocabulary.Json.Replace("\"related\": [\"Struktør\"] },", "\"related\": [\"Astronaut\"] },");
        Assert.Contains("Astronaut", Assert.Throws<InvalidDataException>(() => TradeVocabulary.Parse(json)).Message);
    }

    [Fact]
    public void An_included_certificate_that_does_not_exist_is_refused_naming_it()
    {
        var json = SmallVocabulary.Json.Replace("\"includes\": [\"Arbejde på vej niveau 1\"]", "\"includes\": [\"Niveau 9\"]");
        Assert.Contains("Niveau 9", Assert.Throws<InvalidDataException>(() => TradeVocabulary.Parse(json)).Message);
    }
}
