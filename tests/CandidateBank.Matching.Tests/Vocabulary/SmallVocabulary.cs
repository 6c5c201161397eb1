using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Tests.Vocabulary;

/// <summary>A vocabulary small enough to read in the test, so normalisation rules are tested apart from the shipped data.</summary>
public static class SmallVocabulary
{
    public const string Json = """
        {
          "occupations": [
            { "name": "Struktør", "field": "Bygge og anlæg", "disco": "7114",
              "titles": ["struktør", "struktører", "betonstruktør"], "related": ["Betonarbejder", "Forskallingstømrer"] },
            { "name": "Betonarbejder", "field": "Bygge og anlæg", "titles": ["betonarbejder", "betonarbejdere"], "related": ["Struktør"] },
            { "name": "Forskallingstømrer", "field": "Bygge og anlæg", "titles": ["forskallingstømrer"], "related": ["Struktør"] },
            { "name": "Maler", "field": "Bygge og anlæg", "titles": ["maler", "malersvend"], "related": [] }
          ],
          "skills": [
            { "name": "Forskalling", "variants": ["forskalling", "forskallingsarbejde"] },
            { "name": "Armering", "variants": ["armering", "armeringsarbejde"] }
          ],
          "certificates": [
            { "name": "Epoxy-kursus", "variants": ["epoxybevis", "epoxy og isocyanater (amu)"], "includes": [] },
            { "name": "Arbejde på vej niveau 2", "variants": ["arbejde på vej 2", "avj 2"], "includes": ["Arbejde på vej niveau 1"] },
            { "name": "Arbejde på vej niveau 1", "variants": ["arbejde på vej", "arbejde på vej 1"], "includes": [] }
          ],
          "wordParts": ["beton", "arbejde", "arbejder", "stillads", "montør", "forskalling", "tømrer", "kloak", "rør", "lægger"]
        }
        """;

    public static TradeVocabulary Create() => TradeVocabulary.Parse(Json);
}
