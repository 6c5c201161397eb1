using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace CandidateBank.Matching.Index;

/// <summary>Danish compound-aware analysis for free text; identifiers, licence classes and vocabulary keys stay exact.</summary>
public static class CandidateAnalyzer
{
    public static Analyzer Create(TradeVocabulary vocabulary)
    {
        var exact = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(
            new DanishTradeAnalyzer(vocabulary.Data.WordParts),
            new[] { CandidateFields.Id, CandidateFields.Licence, CandidateFields.Certificate, CandidateFields.OccupationTitle,
                    CandidateFields.OccupationName, CandidateFields.RelatedOccupation, CandidateFields.SkillName }
                .ToDictionary(field => field, _ => (Analyzer)exact));
    }
}
