using CandidateBank.Contracts;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>How well a candidate's trade answers the order's: the same title, another title for the same trade, a related trade.</summary>
public enum OccupationLevel { None, Text, Related, Synonym, Exact }

public sealed record OccupationMatch(OccupationLevel Level, string? Title, int Years)
{
    public static readonly OccupationMatch None = new(OccupationLevel.None, null, 0);

    /// <summary>The candidate's best occupation for the order; among equally good ones, the most years.</summary>
    /// <remarks>Runs for every candidate ranked (hundreds per order): loops rather than queries, nothing allocated on the way.</remarks>
    public static OccupationMatch Best(JobOrder order, IReadOnlyList<OccupationExperience> occupations, TradeVocabulary vocabulary, Func<string, IReadOnlySet<string>> terms)
    {
        var wanted = vocabulary.Occupation(order.Occupation);
        var wantedStem = DanishStem.Of(order.Occupation);
        // Analysis is dear and most titles match before it is needed.
        IReadOnlySet<string>? wantedTerms = null;
        OccupationExperience? best = null;
        var bestLevel = OccupationLevel.None;
        foreach (var occupation in occupations)
        {
            var level = LevelOf(occupation.Title);
            if (level > bestLevel || level == bestLevel && level > OccupationLevel.None && occupation.Years > best!.Years)
                (best, bestLevel) = (occupation, level);
        }
        return best is null ? None : new OccupationMatch(bestLevel, best.Title, best.Years);

        OccupationLevel LevelOf(string title)
        {
            if (DanishStem.Of(title) == wantedStem) return OccupationLevel.Exact;
            var known = vocabulary.Occupation(title);
            if (wanted is not null && known is not null)
            {
                if (known.Name == wanted.Name) return OccupationLevel.Synonym;
                if (wanted.Related.Contains(known.Name) || known.Related.Contains(wanted.Name)) return OccupationLevel.Related;
            }
            wantedTerms ??= terms(order.Occupation);
            return wantedTerms.Overlaps(terms(title)) ? OccupationLevel.Text : OccupationLevel.None;
        }
    }

    /// <summary>The weight of the match in the score: a synonym is nearly as good as the exact title, a related trade half.</summary>
    public double Weight => Level switch
    {
        OccupationLevel.Exact => 1.0,
        OccupationLevel.Synonym => 0.9,
        OccupationLevel.Related => 0.5,
        OccupationLevel.Text => 0.3,
        _ => 0,
    };
}
