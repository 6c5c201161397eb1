using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// Answers a job order with the best candidates who pass every hard rule, ranked and explained, the near-misses who
/// lack only one or two required certificates, and those whose certificates as written are probably the required ones
/// (to verify). Another trade is not the trade: a candidate whose title the vocabulary places in an unrelated trade
/// is not ranked for an order in a trade it knows.
/// </summary>
public sealed class ShortlistBuilder(CandidateIndex index, Municipalities municipalities, TimeProvider clock)
{
    /// <summary>How many index hits are re-ranked on explainable grounds before the shortlist is cut.</summary>
    private const int RerankDepth = 200;
    private const int MaxMissingCertificates = 2;
    /// <summary>Near-misses are looked for among the most relevant candidates who lack a course: a list of ten needs fewer than the shortlist's depth.</summary>
    private const int NearMissDepth = 60;

    private TradeVocabulary Vocabulary => index.Vocabulary;
    private readonly RuleBitsets _bitsets = new();

    public Shortlist Build(string jobOrderId, JobOrder order)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return BuildUnmeasured(jobOrderId, order);
        }
        finally
        {
            Telemetry.CandidateBankMeter.ShortlistBuild.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    private Shortlist BuildUnmeasured(string jobOrderId, JobOrder order)
    {
        var relevance = RelevanceQuery.For(order, index);
        var rules = index.Rules.For(order);
        var filter = HardRuleFilter.Cached(rules, _bitsets, includeCertificates: true);
        var (hits, qualified) = index.Rank(new FilteredQuery(relevance, filter, RuleFilter.AlwaysRandomAccess), RerankDepth);
        var ranked = Shortlisted(order, Rerank(order, hits, order.ShortlistSize));

        return new Shortlist
        {
            JobOrderId = jobOrderId,
            GeneratedAt = clock.GetUtcNow(),
            Candidates = ranked,
            NearMisses = NearMisses(order, rules, relevance, ranked.Select(c => c.Key()).ToHashSet()),
            QualifiedCount = qualified,
            Target = order.Target(),
            Insufficient = qualified < order.Target(),
            ToVerify = ToVerify(order, rules, relevance),
        };
    }

    /// <summary>Best first; equal scores in candidate-id order, so the same bank always gives the same list.</summary>
    private List<(CandidateKey Candidate, CandidateScore Score)> Rerank(JobOrder order, IReadOnlyList<RankingHit> hits, int count)
    {
        var best = hits.Count == 0 ? 0 : hits.Max(h => h.Score);
        var knownTrade = Vocabulary.Occupation(order.Occupation) is not null;
        return hits
            .Select(hit => (Candidate: hit.Candidate.Key(), Score: Score(order, hit.Candidate, hit.Score, best)))
            .Where(c => OccupationMatch.Admits(knownTrade, c.Score.Occupation.Level))
            .OrderByDescending(c => c.Score.Value)
            .ThenBy(c => c.Candidate.CandidateId, StringComparer.Ordinal)
            .ThenBy(c => c.Candidate.JobCentre, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    public CandidateScore Score(JobOrder order, RankingRecord candidate, float textScore, float bestTextScore) =>
        CandidateScore.For(candidate.MaxCommuteKm,
            OccupationMatch.Best(order, candidate.Occupations, Vocabulary),
            SkillCoverage.Of(order, candidate.Skills, candidate.TextTerms, Vocabulary),
            textScore, bestTextScore,
            Math.Round(municipalities.DistanceKm(candidate.HomeMunicipality, order.WorkMunicipality), 1),
            order.SeniorFriendly && candidate.Senior);

    /// <summary>
    /// Only those who make the list are loaded in full and explained in Danish. One withdrawn since the search is left
    /// out, as it would be a moment later.
    /// </summary>
    private List<ShortlistedCandidate> Shortlisted(JobOrder order, List<(CandidateKey Candidate, CandidateScore Score)> chosen)
    {
        var certificates = order.RequiredCertificates.Select(Vocabulary.CertificateName).Distinct().ToList();
        var profiles = index.Load(chosen.Select(c => c.Candidate)).ToDictionary(CandidateKey.Of);
        return chosen
            .Where(c => profiles.ContainsKey(c.Candidate))
            .Select((c, i) => Explained(i + 1, order, profiles[c.Candidate], c.Score, certificates))
            .ToList();
    }

    private static ShortlistedCandidate Explained(int rank, JobOrder order, CandidateProfile profile, CandidateScore score, List<string> certificates) =>
        new(rank, profile.CandidateId, score.Value, profile.JobCentre, score.DistanceKm, score.Skills.Matched.ToList(), certificates,
            Explanation.InDanish(order, profile, score, certificates));

    private List<NearMiss> NearMisses(JobOrder order, OrderRules rules, Query relevance, HashSet<CandidateKey> shortlisted)
    {
        if (order.RequiredCertificates.Count == 0) return [];
        // Only candidates who lack a required certificate: the qualified are on the shortlist or behind it, not near-misses.
        var filter = HardRuleFilter.Cached(rules, _bitsets, includeCertificates: false, lackingACertificate: true);
        var (hits, _) = index.Rank(new FilteredQuery(relevance, filter, RuleFilter.AlwaysRandomAccess), Math.Max(NearMissDepth, order.ShortlistSize * 3));
        var best = hits.Count == 0 ? 0 : hits.Max(h => h.Score);
        // Which certificates are missing is cheap to tell; the score is not, so only near-misses are scored.
        return hits
            .Where(hit => !shortlisted.Contains(hit.Candidate.Key()))
            .Select(hit => (Hit: hit, Missing: MissingCertificates(order, hit.Candidate.Certificates)))
            .Where(c => c.Missing.Count is > 0 and <= MaxMissingCertificates)
            .Select(c => (c.Hit.Candidate, Score(order, c.Hit.Candidate, c.Hit.Score, best).Value, c.Missing))
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Candidate.CandidateId, StringComparer.Ordinal)
            .ThenBy(c => c.Candidate.JobCentre, StringComparer.Ordinal)
            .Take(order.ShortlistSize)
            .Select(c => new NearMiss(c.Candidate.CandidateId, c.Missing, c.Candidate.JobCentre))
            .ToList();
    }

    /// <summary>
    /// Candidates who lack a required certificate as the vocabulary reads their spellings, but hold for each one they
    /// lack a spelling that is probably it; ranked like the shortlist and kept apart from it.
    /// </summary>
    private List<CandidateToVerify> ToVerify(JobOrder order, OrderRules rules, Query relevance)
    {
        // Most banks hold no probable spelling of most certificates: then there is no one to verify and no search to run.
        if (!rules.Certificates.Any(c => index.DocFreq(new Term(CandidateFields.ProbableCertificate, c.AnyOf[0].Term)) > 0)) return [];
        var filter = HardRuleFilter.Cached(rules, _bitsets, includeCertificates: false, lackingACertificate: true, probablyHeld: true);
        var (hits, _) = index.Rank(new FilteredQuery(relevance, filter, RuleFilter.AlwaysRandomAccess), NearMissDepth);
        return Rerank(order, hits, order.ShortlistSize)
            .Select(c => hits.First(h => h.Candidate.Key() == c.Candidate).Candidate)
            .Select(candidate => new CandidateToVerify(candidate.CandidateId, order.RequiredCertificates
                .Where(required => !Vocabulary.HoldsCertificate(candidate.Certificates, required))
                .Select(required => new CertificateToVerify(Vocabulary.CertificateName(required),
                    candidate.Certificates.FirstOrDefault(held => Vocabulary.CertificateKeysProbablySatisfiedBy(held).Contains(Vocabulary.CertificateKey(required))) ?? ""))
                .ToList(), candidate.JobCentre))
            .ToList();
    }

    private List<string> MissingCertificates(JobOrder order, IReadOnlyList<string> held) =>
        order.RequiredCertificates.Where(c => !Vocabulary.HoldsCertificate(held, c)).Select(Vocabulary.CertificateName).Distinct().ToList();
}
