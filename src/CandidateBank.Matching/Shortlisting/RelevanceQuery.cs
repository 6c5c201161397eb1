using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// What makes one qualified candidate better than another. Built from analysed terms, never parsed, so Lucene
/// query syntax in an order's text is just text.
/// </summary>
public static class RelevanceQuery
{
    public static Query For(JobOrder order, Analyzer analyzer)
    {
        // The candidate must have worked in the occupation (or name it in the headline) to be considered at all.
        var occupation = new BooleanQuery
        {
            { AnyTerm(analyzer, CandidateFields.Occupation, order.Occupation, boost: 4f), Occur.SHOULD },
            { AnyTerm(analyzer, CandidateFields.Text, order.Occupation, boost: 1f), Occur.SHOULD },
        };
        var query = new BooleanQuery { { occupation, Occur.MUST } };
        foreach (var skill in order.RequiredSkills)
            query.Add(AnyTerm(analyzer, CandidateFields.Skill, skill, boost: 2f), Occur.SHOULD);
        foreach (var skill in order.PreferredSkills)
            query.Add(AnyTerm(analyzer, CandidateFields.Skill, skill, boost: 1f), Occur.SHOULD);
        if (!string.IsNullOrWhiteSpace(order.Description))
            query.Add(AnyTerm(analyzer, CandidateFields.Text, order.Description, boost: 0.3f), Occur.SHOULD);
        return query;
    }

    private static BooleanQuery AnyTerm(Analyzer analyzer, string field, string text, float boost)
    {
        var any = new BooleanQuery { Boost = boost };
        foreach (var term in CandidateAnalyzer.Terms(analyzer, field, text).Distinct().Take(BooleanQuery.MaxClauseCount / 4))
            any.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        return any;
    }
}
