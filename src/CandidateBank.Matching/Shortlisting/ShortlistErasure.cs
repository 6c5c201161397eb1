using CandidateBank.Contracts;

namespace CandidateBank.Matching.Shortlisting;

public static class ShortlistErasure
{
    /// <summary>The shortlist as if the candidate had never been in the bank: gone from the list and the near-misses, ranks closed up.</summary>
    public static Shortlist Without(this Shortlist shortlist, CandidateKey candidate)
    {
        var wasQualified = shortlist.Candidates.Any(c => c.Key().Matches(candidate));
        var candidateId = candidate.CandidateId;
        var qualified = wasQualified ? shortlist.QualifiedCount - 1 : shortlist.QualifiedCount;
        return shortlist with
        {
            Candidates = shortlist.Candidates.Where(c => !c.Key().Matches(candidate)).Select((c, i) => c with { Rank = i + 1 }).ToList(),
            NearMisses = shortlist.NearMisses.Where(n => !n.Key().Matches(candidate)).ToList(),
            NewSinceSent = shortlist.NewSinceSent.Where(c => c != candidateId || shortlist.Candidates.Any(other => other.CandidateId == c && !other.Key().Matches(candidate))).ToList(),
            ToVerify = shortlist.ToVerify.Where(v => !v.Key().Matches(candidate)).ToList(),
            QualifiedCount = qualified,
            Insufficient = qualified < shortlist.Target,
        };
    }
}
