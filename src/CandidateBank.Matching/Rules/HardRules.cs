using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Rules;

/// <summary>
/// The hard rules of a job order checked in C#, one profile at a time, from the same definition the index filters on
/// (<see cref="HardRuleTerms"/>). The evaluation uses it to count violations in any ranking.
/// </summary>
public sealed class HardRules(HardRuleTerms terms)
{
    public HardRules(Municipalities municipalities, RecruitmentNetworks networks, TradeVocabulary vocabulary)
        : this(new HardRuleTerms(municipalities, networks, vocabulary)) { }

    /// <summary>Each rule the candidate breaks, in Danish, or none.</summary>
    public IReadOnlyList<string> Violations(JobOrder order, CandidateProfile profile)
    {
        var rules = terms.For(order);
        var held = terms.HeldBy(profile).ToHashSet();
        var violations = new List<string>();
        if (profile.AvailableFrom.DayNumber > rules.AvailableBy) violations.Add(rules.Unavailable(profile));
        violations.AddRange(rules.Requirements.Where(r => !r.AnyOf.Any(held.Contains)).Select(r => r.Violation(profile)));
        return violations;
    }
}
