using CandidateBank.Contracts;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// How well a candidate's trade answers the order's: the same title, another title for the same trade, a related trade,
/// or a title the vocabulary does not place that names the same kind of worker.
/// </summary>
public enum OccupationLevel { None, Text, Related, Synonym, Exact }

public sealed record OccupationMatch(OccupationLevel Level, string? Title, int Years)
{
    public static readonly OccupationMatch None = new(OccupationLevel.None, null, 0);

    /// <summary>The candidate's best occupation for the order; among equally good ones, the most years.</summary>
    /// <remarks>Runs for every candidate ranked (hundreds per order): loops rather than queries, nothing allocated on the way.</remarks>
    public static OccupationMatch Best(JobOrder order, IReadOnlyList<OccupationExperience> occupations, TradeVocabulary vocabulary)
    {
        var wanted = vocabulary.Occupation(order.Occupation);
        var wantedStem = DanishStem.Of(order.Occupation);
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
            var known = vocabulary.Occupations(title).Entries;
            if (known.Count == 0 && vocabulary.Occupation(title) is { } byWorker) known = [byWorker];
            if (wanted is not null && known.Count > 0)
            {
                if (known.Contains(wanted)) return OccupationLevel.Synonym;
                if (known.Any(k => wanted.Related.Contains(k.Name) || k.Related.Contains(wanted.Name))) return OccupationLevel.Related;
                return OccupationLevel.None; // another trade is not the trade, however many words they share
            }
            // A title the vocabulary does not place counts when it names the same kind of worker: "Montør (ventilation)"
            // for a ventilationsmontør, not a svejseinspektør for a svejser.
            return vocabulary.TitleHeads(order.Occupation).Overlaps(vocabulary.TitleHeads(title)) ? OccupationLevel.Text : OccupationLevel.None;
        }
    }

    /// <summary>
    /// Whether a candidate of this level may be on the order's shortlist at all: for a trade the vocabulary knows, only
    /// someone in that trade or a related one; for one it does not, ranking alone decides.
    /// </summary>
    public static bool Admits(bool orderTradeKnown, OccupationLevel level) => !orderTradeKnown || level > OccupationLevel.None;

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
