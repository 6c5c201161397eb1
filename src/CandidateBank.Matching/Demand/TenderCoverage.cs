using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Shortlisting;

namespace CandidateBank.Matching.Demand;

/// <summary>For one trade of a tender: who in the bank could take such a job, and who could after a short course.</summary>
public sealed record TradeCoverage(string Trade, string? Occupation, IReadOnlyList<string> Courses, int Qualified, int AfterCourse);

/// <summary>
/// Demand against supply. A candidate covers a trade when they work in it (the same trade or a synonym; related trades
/// do not count here), can reach the work municipality, are available by the start date, seek ordinary employment,
/// may be shown in that network, and hold the courses the vocabulary says the trade usually demands. Those who lack
/// only the courses are counted as <see cref="TradeCoverage.AfterCourse"/>.
/// </summary>
public sealed class TenderCoverage(CandidateIndex index)
{
    public IReadOnlyList<TradeCoverage> For(TenderAwarded award) =>
        award.Trades.Distinct(StringComparer.OrdinalIgnoreCase).Select(trade => Trade(award, trade)).ToList();

    private TradeCoverage Trade(TenderAwarded award, string trade)
    {
        var occupation = index.Vocabulary.Occupation(trade);
        var courses = occupation?.Courses ?? [];
        var order = new JobOrder
        {
            Title = award.Project, Occupation = occupation?.Name ?? trade, WorkMunicipality = award.WorkMunicipality,
            StartDate = award.StartDate, RequiredCertificates = courses,
            Company = new Company(award.Cvr, award.CompanyName, ""), ConsultantEmail = "",
        };
        var inTrade = RelevanceQuery.For(order, index, includeRelatedTrades: false);
        var rules = index.Rules.For(order);
        var qualified = index.CountMatches(inTrade, HardRuleFilter.For(rules, includeCertificates: true));
        var withoutCourses = courses.Count == 0 ? qualified : index.CountMatches(inTrade, HardRuleFilter.For(rules, includeCertificates: false));
        return new TradeCoverage(trade, occupation?.Name, courses, qualified, withoutCourses - qualified);
    }
}
