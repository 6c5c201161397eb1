using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Rules;

/// <summary>
/// The hard rules of a job order checked in C#, one profile at a time: what <c>HardRuleFilter</c> asks of the index.
/// The evaluation uses it to count violations in any ranking, and the tests hold the two to the same answers.
/// </summary>
public sealed class HardRules(Municipalities municipalities, RecruitmentNetworks networks, TradeVocabulary vocabulary)
{
    /// <summary>Each rule the candidate breaks, in Danish, or none.</summary>
    public IReadOnlyList<string> Violations(JobOrder order, CandidateProfile profile)
    {
        var violations = new List<string>();
        var distance = municipalities.DistanceKm(profile.HomeMunicipality, order.WorkMunicipality);
        if (distance > profile.MaxCommuteKm)
            violations.Add($"{distance:0} km til {order.WorkMunicipality}, mere end {profile.MaxCommuteKm} km");
        if (profile.AvailableFrom > order.StartDate)
            violations.Add($"ledig først {profile.AvailableFrom:yyyy-MM-dd}");
        if (!profile.EmploymentTypes.Contains(order.EmploymentType, StringComparer.OrdinalIgnoreCase))
            violations.Add($"søger ikke {order.EmploymentType}");
        var entitled = DriversLicences.Entitlements(profile.DriversLicences);
        violations.AddRange(order.RequiredDriversLicences.Where(l => !entitled.Contains(l.Trim())).Select(l => $"mangler kørekort {l}"));
        violations.AddRange(order.RequiredLanguages.Where(l => !profile.Languages.Contains(l.Trim(), StringComparer.OrdinalIgnoreCase)).Select(l => $"taler ikke {l}"));
        violations.AddRange(order.RequiredCertificates.Where(c => !vocabulary.HoldsCertificate(profile.Certificates, c)).Select(c => $"mangler {vocabulary.CertificateName(c)}"));
        if (!profile.Consent.ShareAcrossNetworks && !SameNetwork(profile.JobCentre, order.WorkMunicipality))
            violations.Add("deles ikke uden for eget netværk");
        return violations;
    }

    private bool SameNetwork(string jobCentre, string workMunicipality) =>
        networks.NetworkOf(jobCentre) is { } own && own == networks.NetworkOf(workMunicipality);
}
