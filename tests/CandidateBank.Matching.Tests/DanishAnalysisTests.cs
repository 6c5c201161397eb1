using CandidateBank.Matching.Index;

namespace CandidateBank.Matching.Tests;

public class DanishAnalysisTests
{
    private readonly Lucene.Net.Analysis.Analyzer _analyzer = CandidateAnalyzer.Create();

    [Fact]
    public void Free_text_is_lower_cased_stemmed_and_stripped_of_stop_words() =>
        Assert.Equal(["struktør", "betonarbejd"], CandidateAnalyzer.Terms(_analyzer, CandidateFields.Text, "Struktører og betonarbejde"));

    [Fact]
    public void Singular_and_plural_trade_titles_meet_in_one_term() =>
        Assert.Equal(CandidateAnalyzer.Terms(_analyzer, CandidateFields.Occupation, "struktør"),
                     CandidateAnalyzer.Terms(_analyzer, CandidateFields.Occupation, "struktører"));

    [Fact]
    public void Licence_classes_are_kept_whole() =>
        Assert.Equal(["CE"], CandidateAnalyzer.Terms(_analyzer, CandidateFields.Licence, "CE"));
}
