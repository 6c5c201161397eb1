using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// Finds the candidates worth ranking for an order: they must work in its trade (the same title, a synonym or a related
/// trade), and skills and text lift them. Built from analysed terms, never parsed, so Lucene query syntax in an order's
/// text is just text. <see cref="CandidateScore"/> then ranks the best of them on explainable grounds.
/// </summary>
public sealed class RelevanceQuery
{
    /// <summary>
    /// A part a compound was split into is searched only while it tells candidates apart. One held by more than this
    /// share of the bank ("arbejd", "medarbejd", "lag", or "tag" out of "varemodtagelse") adds next to nothing to a
    /// score, matches candidates of unrelated trades, and costs a pass over that share of the index; the whole word is
    /// always searched.
    /// </summary>
    public const double CommonPartShare = 0.05;
    /// <summary>Below this many holders a part is never common: in a small bank every part is a large share.</summary>
    public const int CommonPartFloor = 1_000;

    private readonly CandidateIndex _index;
    private readonly int _commonPartDocFreq;

    private RelevanceQuery(CandidateIndex index)
    {
        _index = index;
        _commonPartDocFreq = Math.Max(CommonPartFloor, (int)(index.Count * CommonPartShare));
    }

    public static Query For(JobOrder order, CandidateIndex index, bool includeRelatedTrades = true) =>
        new RelevanceQuery(index).Build(order, includeRelatedTrades);

    private Query Build(JobOrder order, bool includeRelatedTrades)
    {
        var query = new BooleanQuery { { Occupation(order.Occupation, includeRelatedTrades), Occur.MUST } };
        foreach (var skill in order.RequiredSkills)
            query.Add(Skill(skill, boost: 2f), Occur.SHOULD);
        foreach (var skill in order.PreferredSkills)
            query.Add(Skill(skill, boost: 1f), Occur.SHOULD);
        if (!string.IsNullOrWhiteSpace(order.Description))
            query.Add(AnyTerm(CandidateFields.Text, order.Description, boost: 0.3f), Occur.SHOULD);
        return query;
    }

    private BooleanQuery Occupation(string occupation, bool includeRelatedTrades)
    {
        var any = new BooleanQuery
        {
            { Exact(CandidateFields.OccupationTitle, DanishStem.Of(occupation), 8f), Occur.SHOULD },
            // A title the vocabulary does not know still counts when it contains the trade's words ("Struktør/formand").
            { AllTerms(CandidateFields.Occupation, occupation, boost: 2f), Occur.SHOULD },
        };
        if (_index.Vocabulary.Occupation(occupation) is { } known)
        {
            any.Add(Exact(CandidateFields.OccupationName, TextKey.Of(known.Name), 6f), Occur.SHOULD);
            if (includeRelatedTrades)
            {
                // Related in either direction, whatever the candidate's text says: the vocabulary's relations reach them.
                any.Add(Exact(CandidateFields.RelatedOccupation, TextKey.Of(known.Name), 3f), Occur.SHOULD);
                foreach (var related in known.Related)
                    any.Add(Exact(CandidateFields.OccupationName, TextKey.Of(related), 3f), Occur.SHOULD);
            }
        }
        else
        {
            // An order in a trade the vocabulary does not know falls back to text.
            any.Add(AnyTerm(CandidateFields.Occupation, occupation, boost: 1f), Occur.SHOULD);
            any.Add(AnyTerm(CandidateFields.Text, occupation, boost: 0.5f), Occur.SHOULD);
        }
        return any;
    }

    private BooleanQuery Skill(string skill, float boost) => new()
    {
        { Exact(CandidateFields.SkillName, _index.Vocabulary.SkillKey(skill), boost), Occur.SHOULD },
        { AnyTerm(CandidateFields.Skill, skill, boost / 2), Occur.SHOULD },
        { AnyTerm(CandidateFields.Text, skill, boost / 4), Occur.SHOULD },
    };

    private static TermQuery Exact(string field, string value, float boost) => new(new Term(field, value)) { Boost = boost };

    private BooleanQuery AllTerms(string field, string text, float boost)
    {
        // Only the whole words must match: the parts a compound splits into are alternatives, not requirements.
        var words = new BooleanQuery { Boost = boost };
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8))
            if (AnyTerm(field, word, 1f) is { Clauses.Count: > 0 } anyForm)
                words.Add(anyForm, Occur.MUST);
        return words;
    }

    private BooleanQuery AnyTerm(string field, string text, float boost)
    {
        var terms = new BooleanQuery { Boost = boost };
        var tokens = AnalyzedText.Tokens(_index.Analyzer, field, text)
            .Where(token => !token.IsPart || _index.DocFreq(new Term(field, token.Term)) <= _commonPartDocFreq)
            .Select(token => token.Term);
        foreach (var term in tokens.Distinct().Take(BooleanQuery.MaxClauseCount / 4))
            terms.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        return terms;
    }
}
