using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Index;

/// <summary>Danish stemming for free text; identifiers, licence classes and certificates stay exact.</summary>
public static class CandidateAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => new PerFieldAnalyzerWrapper(
        new DanishAnalyzer(Version),
        new Dictionary<string, Analyzer>
        {
            [CandidateFields.Id] = new KeywordAnalyzer(),
            [CandidateFields.Licence] = new KeywordAnalyzer(),
            [CandidateFields.Certificate] = new KeywordAnalyzer(),
        });

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/> in <paramref name="field"/>, in order.</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
