using System.Globalization;
using CandidateBank.Contracts;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>Why a candidate is on the shortlist, in Danish a consultant can read aloud to the employer.</summary>
public static class Explanation
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string InDanish(JobOrder order, CandidateProfile profile, int years, double distanceKm,
        IReadOnlyList<string> matchedSkills, IReadOnlyList<string> matchedCertificates)
    {
        var parts = new List<string>
        {
            years > 0 ? $"{order.Occupation} med {years} års erfaring" : $"Matcher faget {order.Occupation}",
        };
        if (matchedSkills.Count > 0) parts.Add($"kompetencer: {string.Join(", ", matchedSkills)}");
        if (matchedCertificates.Count > 0) parts.Add($"har {string.Join(", ", matchedCertificates)}");
        parts.Add($"{distanceKm.ToString("0.#", Danish)} km fra {order.WorkMunicipality} (maks. {profile.MaxCommuteKm} km)");
        parts.Add($"ledig fra {profile.AvailableFrom.ToString("d. MMMM yyyy", Danish)}");
        return string.Join("; ", parts) + ".";
    }
}
