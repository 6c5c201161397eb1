using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Search;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// Answers a job order with the best candidates who pass every hard rule, ranked and explained,
/// plus the near-misses who lack only one or two required certificates.
/// </summary>
public sealed class ShortlistBuilder(CandidateIndex index, Municipalities municipalities, RecruitmentNetworks networks, TimeProvider clock)
{
    /// <summary>How many index hits are re-ranked on explainable grounds before the shortlist is cut.</summary>
    private const int RerankDepth = 200;
    private const int MaxMissingCertificates = 2;
    /// <summary>
    /// Near-misses are looked for among the most relevant candidates who lack a course: a list of ten needs fewer than
    /// the shortlist's depth, and every profile loaded costs a stored-document read.
    /// </summary>
    private const int NearMissDepth = 60;

    private TradeVocabulary Vocabulary => index.Vocabulary;
    private readonly RuleBitsets _bitsets = new();

    public Shortlist Build(string jobOrderId, JobOrder order)
    {
        var relevance = RelevanceQuery.For(order, index.Analyzer, Vocabulary);
        var rules = HardRuleFilter.Cached(order, networks, Vocabulary, _bitsets, includeCertificates: true);
        var (hits, qualified) = index.SearchCounting(new FilteredQuery(relevance, rules, RuleFilter.AlwaysRandomAccess), null, RerankDepth);
        var ranked = Rerank(order, hits, order.ShortlistSize)
            .Select((c, i) => c with { Rank = i + 1 })
            .ToList();

        return new Shortlist
        {
            JobOrderId = jobOrderId,
            GeneratedAt = clock.GetUtcNow(),
            Candidates = ranked,
            NearMisses = NearMisses(order, relevance, ranked.Select(c => c.CandidateId).ToHashSet()),
            QualifiedCount = qualified,
            Insufficient = qualified < Shortlist.PromisedMinimum,
        };
    }

    /// <summary>Best first; equal scores in candidate-id order, so the same bank always gives the same list.</summary>
    private IEnumerable<ShortlistedCandidate> Rerank(JobOrder order, IReadOnlyList<CandidateHit> hits, int count)
    {
        var best = hits.Count == 0 ? 0 : hits.Max(h => h.Score);
        // Every hit is scored, but only those who make the list are explained in Danish.
        return hits
            .Select(hit => (hit.Profile, Score: Score(order, hit.Profile, hit.Score, best, hit.TextTerms)))
            .OrderByDescending(c => c.Score.Value)
            .ThenBy(c => c.Profile.CandidateId, StringComparer.Ordinal)
            .Take(count)
            .Select(c => Shortlisted(order, c.Profile, c.Score));
    }

    public CandidateScore Score(JobOrder order, CandidateProfile profile, float textScore, float bestTextScore, IReadOnlySet<string>? textTerms = null) =>
        CandidateScore.For(profile,
            OccupationMatch.Best(order, profile, Vocabulary, Terms),
            SkillCoverage.Of(order, profile, Vocabulary, Terms, textTerms),
            textScore, bestTextScore,
            Math.Round(municipalities.DistanceKm(profile.HomeMunicipality, order.WorkMunicipality), 1));

    private ShortlistedCandidate Shortlisted(JobOrder order, CandidateProfile profile, CandidateScore score)
    {
        var certificates = order.RequiredCertificates.Select(Vocabulary.CertificateName).Distinct().ToList();
        return new ShortlistedCandidate(0, profile.CandidateId, score.Value, profile.JobCentre, score.DistanceKm,
            score.Skills.Matched.ToList(), certificates, Explanation.InDanish(order, profile, score, certificates));
    }

    private List<NearMiss> NearMisses(JobOrder order, Query relevance, HashSet<string> shortlisted)
    {
        if (order.RequiredCertificates.Count == 0) return [];
        // Only candidates who lack a required certificate: the qualified are on the shortlist or behind it, not near-misses.
        var rules = HardRuleFilter.Cached(order, networks, Vocabulary, _bitsets, includeCertificates: false, lackingACertificate: true);
        var (hits, _) = index.SearchCounting(new FilteredQuery(relevance, rules, RuleFilter.AlwaysRandomAccess), null, Math.Max(NearMissDepth, order.ShortlistSize * 3));
        var best = hits.Count == 0 ? 0 : hits.Max(h => h.Score);
        // Which certificates are missing is cheap to tell; the score is not, so only near-misses are scored.
        return hits
            .Where(hit => !shortlisted.Contains(hit.Profile.CandidateId))
            .Select(hit => (Hit: hit, Missing: MissingCertificates(order, hit.Profile)))
            .Where(c => c.Missing.Count is > 0 and <= MaxMissingCertificates)
            .Select(c => (c.Hit.Profile.CandidateId, Score(order, c.Hit.Profile, c.Hit.Score, best, c.Hit.TextTerms).Value, c.Missing))
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.CandidateId, StringComparer.Ordinal)
            .Take(order.ShortlistSize)
            .Select(c => new NearMiss(c.CandidateId, c.Missing))
            .ToList();
    }

    private List<string> MissingCertificates(JobOrder order, CandidateProfile profile) =>
        order.RequiredCertificates.Where(c => !Vocabulary.HoldsCertificate(profile.Certificates, c)).Select(Vocabulary.CertificateName).Distinct().ToList();

    private IReadOnlySet<string> Terms(string text) => CandidateAnalyzer.Terms(index.Analyzer, CandidateFields.Text, text).ToHashSet();
}
