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
    public static SkillCoverage Of(JobOrder order, IReadOnlyList<string> skills, IReadOnlySet<string> textTerms, TradeVocabulary vocabulary)
    {
        var held = skills.Select(s => TextKey.Of(vocabulary.SkillName(s)))
            .Concat(skills.Select(DanishStem.Of))
            .ToHashSet();

        bool Has(string skill) =>
            held.Contains(TextKey.Of(vocabulary.SkillName(skill))) || held.Contains(DanishStem.Of(skill))
            || (vocabulary.Skill(skill) is { } known ? known.Variants.Append(known.Name) : [skill]).Any(v => MentionedIn(v, textTerms));

        var required = order.RequiredSkills.Select(vocabulary.SkillName).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var preferred = order.PreferredSkills.Select(vocabulary.SkillName).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new SkillCoverage(
            required.Where(Has).ToList(),
            preferred.Where(Has).ToList(),
            preferred.Where(s => !Has(s)).ToList(),
            required.Count,
            preferred.Count);
    }

    /// <summary>A one-word skill counts when its stem is a word of the text ("forskalling" in "erfaring med forskalling").</summary>
    private static bool MentionedIn(string skill, IReadOnlySet<string> text) =>
        !skill.Contains(' ') && text.Contains(DanishStem.Of(skill));
}
