using CandidateBank.Contracts;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// Which of the order's skills a candidate has, by the vocabulary's canonical names: listed as a skill in any spelling,
/// or named in the headline or summary. Skills the vocabulary does not know are compared by their Danish stem.
/// </summary>
public sealed record SkillCoverage(IReadOnlyList<string> MatchedRequired, IReadOnlyList<string> MatchedPreferred, IReadOnlyList<string> MissingPreferred, int RequiredCount, int PreferredCount)
{
    public double RequiredShare => RequiredCount == 0 ? 1 : (double)MatchedRequired.Count / RequiredCount;
    public double PreferredShare => PreferredCount == 0 ? 1 : (double)MatchedPreferred.Count / PreferredCount;
    public IEnumerable<string> Matched => MatchedRequired.Concat(MatchedPreferred);

    /// <param name="skills">The candidate's listed skills.</param>
    /// <param name="textTerms">The analysed terms of the candidate's headline and summary.</param>
    /// <remarks>Runs for every candidate ranked (hundreds per order): keys and stems come from remembered answers.</remarks>
    public static SkillCoverage Of(JobOrder order, IReadOnlyList<string> skills, IReadOnlySet<string> textTerms, TradeVocabulary vocabulary)
    {
        var required = Names(order.RequiredSkills, vocabulary);
        var preferred = Names(order.PreferredSkills, vocabulary);
        List<string> matchedRequired = [], matchedPreferred = [], missingPreferred = [];
        foreach (var name in required)
            if (Has(name)) matchedRequired.Add(name);
        foreach (var name in preferred)
            (Has(name) ? matchedPreferred : missingPreferred).Add(name);
        return new SkillCoverage(matchedRequired, matchedPreferred, missingPreferred, required.Count, preferred.Count);

        // Held as a skill in any spelling (the vocabulary's key or the Danish stem on either side), or named in the text.
        bool Has(string wanted)
        {
            string wantedKey = vocabulary.SkillKey(wanted), wantedStem = DanishStem.Of(wanted);
            foreach (var held in skills)
            {
                string heldKey = vocabulary.SkillKey(held), heldStem = DanishStem.Of(held);
                if (heldKey == wantedKey || heldStem == wantedKey || heldKey == wantedStem || heldStem == wantedStem) return true;
            }
            if (vocabulary.Skill(wanted) is not { } known) return MentionedIn(wanted, textTerms);
            if (MentionedIn(known.Name, textTerms)) return true;
            foreach (var variant in known.Variants)
                if (MentionedIn(variant, textTerms)) return true;
            return false;
        }
    }

    /// <summary>The canonical names of the order's skills, each once, in the order's order.</summary>
    private static List<string> Names(IReadOnlyList<string> skills, TradeVocabulary vocabulary)
    {
        var names = new List<string>(skills.Count);
        foreach (var skill in skills)
        {
            var name = vocabulary.SkillName(skill);
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
        }
        return names;
    }

    /// <summary>A one-word skill counts when its stem is a word of the text ("forskalling" in "erfaring med forskalling").</summary>
    private static bool MentionedIn(string skill, IReadOnlySet<string> text) =>
        !skill.Contains(' ') && text.Contains(DanishStem.Of(skill));
}
