using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// Finds the candidates worth ranking for an order: they must work in its trade (the same title, a synonym or a related
/// trade), and skills and text lift them. Built from analysed terms, never parsed, so Lucene query syntax in an order's
/// text is just text. <see cref="CandidateScore"/> then ranks the best of them on explainable grounds.
/// </summary>
public static class RelevanceQuery
{
    public static Query For(JobOrder order, Analyzer analyzer, TradeVocabulary vocabulary, bool includeRelatedTrades = true)
    {
        var query = new BooleanQuery { { Occupation(order.Occupation, analyzer, vocabulary, includeRelatedTrades), Occur.MUST } };
        foreach (var skill in order.RequiredSkills)
            query.Add(Skill(skill, analyzer, vocabulary, boost: 2f), Occur.SHOULD);
        foreach (var skill in order.PreferredSkills)
            query.Add(Skill(skill, analyzer, vocabulary, boost: 1f), Occur.SHOULD);
        if (!string.IsNullOrWhiteSpace(order.Description))
            query.Add(AnyTerm(analyzer, CandidateFields.Text, order.Description, boost: 0.3f), Occur.SHOULD);
        return query;
    }

    private static BooleanQuery Occupation(string occupation, Analyzer analyzer, TradeVocabulary vocabulary, bool includeRelatedTrades)
    {
        var any = new BooleanQuery
        {
            { Exact(CandidateFields.OccupationTitle, DanishStem.Of(occupation), 8f), Occur.SHOULD },
            // A title the vocabulary does not know still counts when it contains the trade's words ("Struktør/formand").
            { AllTerms(analyzer, CandidateFields.Occupation, occupation, boost: 2f), Occur.SHOULD },
        };
        if (vocabulary.Occupation(occupation) is { } known)
        {
            any.Add(Exact(CandidateFields.OccupationName, TextKey.Of(known.Name), 6f), Occur.SHOULD);
            if (includeRelatedTrades) any.Add(Exact(CandidateFields.RelatedOccupation, TextKey.Of(known.Name), 3f), Occur.SHOULD);
        }
        else
        {
            // An order in a trade the vocabulary does not know falls back to text.
            any.Add(AnyTerm(analyzer, CandidateFields.Occupation, occupation, boost: 1f), Occur.SHOULD);
            any.Add(AnyTerm(analyzer, CandidateFields.Text, occupation, boost: 0.5f), Occur.SHOULD);
        }
        return any;
    }

    private static BooleanQuery Skill(string skill, Analyzer analyzer, TradeVocabulary vocabulary, float boost) => new()
    {
        { Exact(CandidateFields.SkillName, TextKey.Of(vocabulary.SkillName(skill)), boost), Occur.SHOULD },
        { AnyTerm(analyzer, CandidateFields.Skill, skill, boost / 2), Occur.SHOULD },
        { AnyTerm(analyzer, CandidateFields.Text, skill, boost / 4), Occur.SHOULD },
    };

    private static TermQuery Exact(string field, string value, float boost) => new(new Term(field, value)) { Boost = boost };

    private static BooleanQuery AnyTerm(Analyzer analyzer, string field, string text, float boost) => Terms(analyzer, field, text, Occur.SHOULD, boost);

    private static BooleanQuery AllTerms(Analyzer analyzer, string field, string text, float boost)
    {
        // Only the whole words must match: the parts a compound splits into are alternatives, not requirements.
        var words = new BooleanQuery { Boost = boost };
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8))
            if (Terms(analyzer, field, word, Occur.SHOULD, 1f) is { Clauses.Count: > 0 } anyForm)
                words.Add(anyForm, Occur.MUST);
        return words;
    }

    private static BooleanQuery Terms(Analyzer analyzer, string field, string text, Occur occur, float boost)
    {
        var terms = new BooleanQuery { Boost = boost };
        foreach (var term in CandidateAnalyzer.Terms(analyzer, field, text).Distinct().Take(BooleanQuery.MaxClauseCount / 4))
            terms.Add(new TermQuery(new Term(field, term)), occur);
        return terms;
    }
}
