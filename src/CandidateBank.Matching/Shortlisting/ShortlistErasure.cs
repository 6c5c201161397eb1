using CandidateBank.Contracts;

namespace CandidateBank.Matching.Shortlisting;

public static class ShortlistErasure
{
    /// <summary>The shortlist as if the candidate had never been in the bank: gone from the list and the near-misses, ranks closed up.</summary>
    public static Shortlist Without(this Shortlist shortlist, string candidateId)
    {
        var wasQualified = shortlist.Candidates.Any(c => c.CandidateId == candidateId);
        var qualified = wasQualified ? shortlist.QualifiedCount - 1 : shortlist.QualifiedCount;
        return shortlist with
        {
            Candidates = shortlist.Candidates.Where(c => c.CandidateId != candidateId).Select((c, i) => c with { Rank = i + 1 }).ToList(),
            NearMisses = shortlist.NearMisses.Where(n => n.CandidateId != candidateId).ToList(),
            NewSinceSent = shortlist.NewSinceSent.Where(c => c != candidateId).ToList(),
            QualifiedCount = qualified,
            Insufficient = qualified < shortlist.Target,
        };
    }
}
