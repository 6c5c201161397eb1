using CandidateBank.Matching.Index;
using CandidateBank.Matching.Rules;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// The hard rules of a job order (<see cref="HardRuleTerms"/>) as an index filter, so the index never scores a
/// candidate who cannot take the job; unless asked to leave them out, every required certificate is among them.
/// </summary>
public static class HardRuleFilter
{
    public static Query For(OrderRules rules, bool includeCertificates)
    {
        var query = new BooleanQuery
        {
            { NumericRangeQuery.NewInt32Range(CandidateFields.AvailableFrom, null, rules.AvailableBy, true, true), Occur.MUST },
        };
        foreach (var requirement in includeCertificates ? rules.Requirements : rules.WithoutCertificates)
        {
            if (requirement.AnyOf.Count == 1) { query.Add(Term(requirement.AnyOf[0]), Occur.MUST); continue; }
            var anyOf = new BooleanQuery();
            foreach (var term in requirement.AnyOf) anyOf.Add(Term(term), Occur.SHOULD);
            query.Add(anyOf, Occur.MUST);
        }
        return query;
    }

    /// <summary>
    /// The same rules over cached bitsets, for searches that run all day (<see cref="For"/> is the reference they are
    /// tested against). <paramref name="lackingACertificate"/> keeps only candidates who miss a required certificate:
    /// near-misses; with <paramref name="probablyHeld"/>, only those who hold each required certificate at least
    /// probably: candidates to verify.
    /// </summary>
    public static RuleFilter Cached(OrderRules rules, RuleBitsets bitsets, bool includeCertificates, bool lackingACertificate = false,
        bool probablyHeld = false)
    {
        var filter = new RuleFilter(bitsets, CandidateFields.AvailableFrom) { AvailableBy = rules.AvailableBy };
        foreach (var requirement in includeCertificates ? rules.Requirements : rules.WithoutCertificates)
        {
            if (requirement.AnyOf.Count == 1) filter.AllOf.Add(requirement.AnyOf[0]);
            else filter.AnyOf.Add([.. requirement.AnyOf]);
        }
        if (lackingACertificate) filter.NotAllOf.AddRange(rules.Certificates.Select(c => c.AnyOf[0]));
        if (probablyHeld)
            foreach (var certificate in rules.Certificates)
                filter.AnyOf.Add([certificate.AnyOf[0], (CandidateFields.ProbableCertificate, certificate.AnyOf[0].Term)]);
        return filter;
    }

    private static TermQuery Term((string Field, string Value) term) => new(new Term(term.Field, term.Value));
}
