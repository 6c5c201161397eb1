using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Rules;
using Lucene.Net.Search;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// Answers a job order with the best candidates who pass every hard rule, ranked and explained,
/// plus the near-misses who lack only one or two required certificates.
/// </summary>
public sealed class ShortlistBuilder(CandidateIndex index, Municipalities municipalities, RecruitmentNetworks networks, TimeProvider clock)
{
    /// <summary>How many index hits are re-ranked with distance and experience before the shortlist is cut.</summary>
    private const int RerankDepth = 200;
    private const int MaxMissingCertificates = 2;

    public Shortlist Build(string jobOrderId, JobOrder order)
    {
        var relevance = RelevanceQuery.For(order, index.Analyzer);
        var qualifiedHits = index.Search(relevance, new QueryWrapperFilter(HardRuleFilter.For(order, networks, includeCertificates: true)), RerankDepth);
        var qualified = index.CountMatches(relevance, HardRuleFilter.For(order, networks, includeCertificates: true));
        var ranked = qualifiedHits
            .Select(hit => Rank(order, hit.Profile, hit.Score))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.CandidateId, StringComparer.Ordinal)
            .Take(order.ShortlistSize)
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

    private List<NearMiss> NearMisses(JobOrder order, Query relevance, HashSet<string> shortlisted)
    {
        if (order.RequiredCertificates.Count == 0) return [];
        var hits = index.Search(relevance, new QueryWrapperFilter(HardRuleFilter.For(order, networks, includeCertificates: false)), RerankDepth);
        return hits
            .Where(hit => !shortlisted.Contains(hit.Profile.CandidateId))
            .Select(hit => (hit.Profile.CandidateId, hit.Score, Missing: MissingCertificates(order, hit.Profile)))
            .Where(c => c.Missing.Count is > 0 and <= MaxMissingCertificates)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.CandidateId, StringComparer.Ordinal)
            .Take(order.ShortlistSize)
            .Select(c => new NearMiss(c.CandidateId, c.Missing))
            .ToList();
    }

    private static List<string> MissingCertificates(JobOrder order, CandidateProfile profile)
    {
        var held = profile.Certificates.Select(Certificates.Normalise).ToHashSet();
        return order.RequiredCertificates.Where(c => !held.Contains(Certificates.Normalise(c))).ToList();
    }

    private ShortlistedCandidate Rank(JobOrder order, CandidateProfile profile, float relevance)
    {
        var distanceKm = Math.Round(municipalities.DistanceKm(profile.HomeMunicipality, order.WorkMunicipality), 1);
        var proximity = profile.MaxCommuteKm == 0 ? 1 : 1 - Math.Min(1, distanceKm / profile.MaxCommuteKm);
        var years = YearsInOccupation(order, profile);
        // Relevance leads; closeness and experience lift a candidate by at most a quarter and a fifth.
        var score = Math.Round(relevance * (1 + 0.25 * proximity + 0.02 * Math.Min(years, 10)), 4);

        var wanted = order.RequiredSkills.Concat(order.PreferredSkills).ToList();
        var matchedSkills = wanted.Where(w => profile.Skills.Any(s => SameWords(s, w))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var held = profile.Certificates.Select(Certificates.Normalise).ToHashSet();
        var matchedCertificates = order.RequiredCertificates.Where(c => held.Contains(Certificates.Normalise(c))).ToList();

        return new ShortlistedCandidate(0, profile.CandidateId, score, profile.JobCentre, distanceKm, matchedSkills, matchedCertificates,
            Explanation.InDanish(order, profile, years, distanceKm, matchedSkills, matchedCertificates));
    }

    private static int YearsInOccupation(JobOrder order, CandidateProfile profile) =>
        profile.Occupations
            .Where(o => o.Title.Contains(order.Occupation.Trim(), StringComparison.OrdinalIgnoreCase)
                     || order.Occupation.Contains(o.Title.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(o => o.Years)
            .DefaultIfEmpty(0)
            .Max();

    private static bool SameWords(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
