using CandidateBank.Contracts;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// Why one qualified candidate ranks above another, as weighted parts between 0 and 1 that a consultant can check:
/// the trade counts most, then required skills; preferred skills, experience, the text and closeness refine.
/// </summary>
public sealed record CandidateScore(
    OccupationMatch Occupation,
    SkillCoverage Skills,
    double TextRelevance,
    double DistanceKm,
    double Proximity,
    bool SeniorPreferred = false)
{
    public const double OccupationWeight = 0.40, RequiredSkillsWeight = 0.20, PreferredSkillsWeight = 0.10,
        ExperienceWeight = 0.10, TextWeight = 0.10, ProximityWeight = 0.10;

    /// <summary>On a senior-friendly order a candidate marked senior ranks up by this much; never a hard rule.</summary>
    public const double SeniorWeight = 0.10;

    /// <summary>Ten years in the trade is as experienced as the score tells apart.</summary>
    private const int FullExperienceYears = 10;

    public double Value => Math.Round(
        OccupationWeight * Occupation.Weight
        + RequiredSkillsWeight * Skills.RequiredShare
        + PreferredSkillsWeight * Skills.PreferredShare
        + ExperienceWeight * Math.Min(Occupation.Years, FullExperienceYears) / FullExperienceYears
        + TextWeight * TextRelevance
        + ProximityWeight * Proximity
        + (SeniorPreferred ? SeniorWeight : 0), 4);

    /// <param name="textScore">The index's score for the candidate; <paramref name="bestTextScore"/> the best among the hits.</param>
    public static CandidateScore For(int maxCommuteKm, OccupationMatch occupation, SkillCoverage skills,
        float textScore, float bestTextScore, double distanceKm, bool seniorPreferred = false) => new(
        occupation,
        skills,
        bestTextScore > 0 ? textScore / bestTextScore : 0,
        distanceKm,
        maxCommuteKm == 0 ? 1 : 1 - Math.Min(1, distanceKm / maxCommuteKm),
        seniorPreferred);
}
