using CandidateBank.Matching.Index;
using CandidateBank.Matching.Tests.Vocabulary;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Tests;

public class DanishAnalysisTests
{
    private readonly Lucene.Net.Analysis.Analyzer _analyzer = CandidateAnalyzer.Create(SmallVocabulary.Create());

    private IReadOnlyList<string> Text(string text) => AnalyzedText.Terms(_analyzer, CandidateFields.Text, text);

    [Fact]
    public void Free_text_is_lower_cased_stemmed_and_stripped_of_stop_words() =>
        Assert.Equal(["struktør", "betonarbejd", "beton", "arbejd"], Text("Struktører og betonarbejde"));

    [Fact]
    public void Compound_is_kept_whole_and_split_into_its_word_parts_all_stemmed() =>
        Assert.Equal(["stilladsmontør", "stillad", "montør"], Text("Stilladsmontør"));

    [Fact]
    public void Compound_with_a_linking_s_is_split() =>
        Assert.Equal(["forskallingstømr", "forskalling", "tømr"], Text("forskallingstømrer"));

    [Fact]
    public void Three_part_compound_yields_every_part() =>
        Assert.Equal(["kloakrørlæg", "kloak", "rør", "læg"], Text("kloakrørlægger"));

    [Fact]
    public void Stilladsarbejde_and_stilladsmontør_share_a_term() =>
        Assert.Contains("stillad", Text("stilladsarbejde").Intersect(Text("stilladsmontør")));

    [Fact]
    public void Beton_finds_betonarbejder() =>
        Assert.Contains(Text("beton").Single(), Text("betonarbejder"));

    [Fact]
    public void Singular_and_plural_trade_titles_meet_in_one_term() =>
        Assert.Equal(Text("struktør"), Text("struktører"));

    [Fact]
    public void Licence_classes_and_ids_are_kept_whole()
    {
        Assert.Equal(["CE"], AnalyzedText.Terms(_analyzer, CandidateFields.Licence, "CE"));
        Assert.Equal(["aarhus-1001"], AnalyzedText.Terms(_analyzer, CandidateFields.Id, "aarhus-1001"));
    }

    [Fact]
    public void Lucene_query_syntax_in_text_is_just_words() =>
        Assert.DoesNotContain(Text("title:* OR \"unbalanced (struktør"), t => t.Contains('*') || t.Contains(':') || t.Contains('"'));
}
