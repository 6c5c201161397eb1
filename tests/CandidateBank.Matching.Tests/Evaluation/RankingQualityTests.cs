using CandidateBank.Evaluation;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Shortlisting;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Tests.Evaluation;

/// <summary>The judged development set (devset.json) as a regression guard for ranking quality.</summary>
public class RankingQualityTests
{
    private static readonly DevSet DevSet = DevSet.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "devset.json"));

    [Fact]
    public void Ranking_meets_the_quality_targets_and_beats_plain_full_text_by_a_quarter()
    {
        var report = RankingEvaluation.Run(DevSet, TradeVocabulary.Danish);

        Assert.True(report.CandidateBank.Ndcg >= 0.90, report.ToTable());
        Assert.True(report.NdcgGain >= 0.25, report.ToTable());
        Assert.Equal(0, report.CandidateBank.Violations);
    }

    [Fact]
    public void Index_filter_and_hard_rules_in_code_agree_on_every_judged_order()
    {
        var path = Path.Combine(Path.GetTempPath(), "candidatebank-agreement-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new CandidateIndex(path, Municipalities.Denmark, RecruitmentNetworks.Defaults);
            foreach (var profile in DevSet.Candidates) index.Upsert(profile);
            index.Refresh();
            var rules = new HardRules(Municipalities.Denmark, RecruitmentNetworks.Defaults, TradeVocabulary.Danish);
            foreach (var judged in DevSet.Orders)
            {
                var filter = new Lucene.Net.Search.QueryWrapperFilter(HardRuleFilter.For(index.Rules.For(judged.Order), includeCertificates: true));
                var passedByIndex = index.Search(new Lucene.Net.Search.MatchAllDocsQuery(), filter, DevSet.Candidates.Count).Select(h => h.Profile.CandidateId).Order();
                var passedInCode = DevSet.Candidates.Where(c => rules.Violations(judged.Order, c).Count == 0).Select(c => c.CandidateId).Order();
                Assert.Equal(passedInCode, passedByIndex);
            }
        }
        finally { Directory.Delete(path, recursive: true); }
    }

    [Fact]
    public void Every_judged_candidate_graded_relevant_passes_every_hard_rule()
    {
        var rules = new HardRules(Municipalities.Denmark, RecruitmentNetworks.Defaults, TradeVocabulary.Danish);
        var byId = DevSet.Candidates.ToDictionary(c => c.CandidateId);
        foreach (var judged in DevSet.Orders)
            foreach (var (id, grade) in judged.Judgements.Where(j => j.Value > 0))
                Assert.True(rules.Violations(judged.Order, byId[id]).Count == 0,
                    $"{judged.Id}: {id} is graded {grade} but breaks {string.Join(", ", rules.Violations(judged.Order, byId[id]))}");
    }
}
