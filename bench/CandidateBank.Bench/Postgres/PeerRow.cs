using CandidateBank.Contracts;
using CandidateBank.Matching.Rules;

namespace CandidateBank.Bench.Postgres;

/// <summary>
/// A profile as the peer stores it: its text, and the hard-rule terms CandidateBank's index holds for it
/// (<see cref="HardRuleTerms"/>) as one array, so the two are held to identical rules and differ only in ranking.
/// </summary>
internal sealed record PeerRow(
    string CandidateId, string Headline, string OccupationTitles, string Skills, string Certificates, string Summary,
    string[] RuleTerms, DateOnly AvailableFrom);

internal sealed class PeerRules(HardRuleTerms terms)
{
    public PeerRow Row(CandidateProfile profile) => new(
        profile.CandidateId,
        profile.Headline,
        string.Join(". ", profile.Occupations.Select(o => o.Title)),
        string.Join(". ", profile.Skills),
        string.Join(". ", profile.Certificates),
        profile.Summary,
        terms.HeldBy(profile).Select(Term).Distinct().ToArray(),
        profile.AvailableFrom);

    public OrderRules For(JobOrder order) => terms.For(order);

    /// <summary>A hard-rule term as one array element: "reaches:aarhus", "certificate:epoxykursus".</summary>
    public static string Term((string Field, string Term) term) => $"{term.Field}:{term.Term}";
}
