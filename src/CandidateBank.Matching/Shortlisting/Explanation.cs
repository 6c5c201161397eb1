using System.Globalization;
using CandidateBank.Contracts;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>Why a candidate is on the shortlist, in Danish a consultant can read aloud to the employer.</summary>
public static class Explanation
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string InDanish(JobOrder order, CandidateProfile profile, CandidateScore score, IReadOnlyList<string> matchedCertificates)
    {
        var parts = new List<string> { Occupation(order, score.Occupation) };
        if (score.Skills.Matched.Any()) parts.Add($"kompetencer: {string.Join(", ", score.Skills.Matched)}");
        if (score.Skills.MissingPreferred.Count > 0) parts.Add($"mangler ønsket: {string.Join(", ", score.Skills.MissingPreferred)}");
        if (matchedCertificates.Count > 0) parts.Add($"har {string.Join(", ", matchedCertificates)}");
        parts.Add($"{score.DistanceKm.ToString("0.#", Danish)} km fra {order.WorkMunicipality} (maks. {profile.MaxCommuteKm} km)");
        parts.Add($"ledig fra {profile.AvailableFrom.ToString("d. MMMM yyyy", Danish)}");
        if (score.SeniorPreferred) parts.Add("senior, og ordren er seniorvenlig");
        var sentence = string.Join("; ", parts);
        return char.ToUpper(sentence[0], Danish) + sentence[1..] + ".";
    }

    private static string Occupation(JobOrder order, OccupationMatch match)
    {
        var experience = match.Years > 0 ? $" med {match.Years} års erfaring" : " uden angivet erfaring";
        return match.Level switch
        {
            OccupationLevel.Exact => $"{match.Title}{experience}",
            OccupationLevel.Synonym => $"{match.Title}{experience} (samme fag som {order.Occupation})",
            OccupationLevel.Related => $"{match.Title}{experience} (beslægtet fag med {order.Occupation})",
            OccupationLevel.Text => $"{match.Title}{experience} (titlen ligner {order.Occupation})",
            _ => $"Nævner {order.Occupation} i sin profil",
        };
    }
}
