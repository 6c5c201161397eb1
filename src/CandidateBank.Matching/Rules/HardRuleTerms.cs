using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Rules;

/// <summary>One hard rule of a job order: the candidate must hold at least one of <see cref="AnyOf"/>, or breaks it as <see cref="Violation"/> says.</summary>
public sealed record Requirement(IReadOnlyList<(string Field, string Term)> AnyOf, Func<CandidateProfile, string> Violation, bool IsCertificate = false);

/// <summary>A job order's hard rules: the terms a candidate must hold, and the day by which they must be available.</summary>
public sealed record OrderRules(IReadOnlyList<Requirement> Requirements, int AvailableBy, Func<CandidateProfile, string> Unavailable)
{
    public IEnumerable<Requirement> WithoutCertificates => Requirements.Where(r => !r.IsCertificate);

    public IEnumerable<Requirement> Certificates => Requirements.Where(r => r.IsCertificate);
}

/// <summary>
/// The one definition of the hard rules: what a candidate holds (the municipalities they reach, every licence class
/// they may drive, every certificate requirement they meet, their languages, employment types, network and consent)
/// and what an order requires, both as exact terms. The index stores the held terms, and the verdict in code
/// (<see cref="HardRules"/>), the index filter and its cached bitsets (HardRuleFilter) and the benchmark's SQL peer
/// are all derived from <see cref="For"/>, so they cannot disagree.
/// </summary>
public sealed class HardRuleTerms(Municipalities municipalities, RecruitmentNetworks networks, TradeVocabulary vocabulary)
{
    /// <summary>Exact-match terms are lower case so "Aarhus" and "aarhus" are one term.</summary>
    public static string Key(string value) => value.Trim().ToLowerInvariant();

    public IEnumerable<(string Field, string Term)> HeldBy(CandidateProfile profile)
    {
        yield return (CandidateFields.SharesAcrossNetworks, profile.Consent.ShareAcrossNetworks ? "true" : "false");
        if (networks.NetworkOf(profile.JobCentre) is { } network) yield return (CandidateFields.Network, Key(network));
        foreach (var reachable in municipalities.Reachable(profile.HomeMunicipality, profile.MaxCommuteKm))
            yield return (CandidateFields.Reaches, Key(reachable));
        foreach (var licence in DriversLicences.Entitlements(profile.DriversLicences))
            yield return (CandidateFields.Licence, DriversLicences.Canonical(licence));
        foreach (var key in profile.Certificates.SelectMany(vocabulary.CertificateKeysSatisfiedBy).Distinct())
            yield return (CandidateFields.Certificate, key);
        foreach (var language in profile.Languages)
            yield return (CandidateFields.Language, Key(language));
        foreach (var type in profile.EmploymentTypes)
            yield return (CandidateFields.EmploymentType, Key(type));
    }

    public OrderRules For(JobOrder order)
    {
        var requirements = new List<Requirement>
        {
            new([(CandidateFields.Reaches, Key(order.WorkMunicipality))], profile =>
                $"{municipalities.DistanceKm(profile.HomeMunicipality, order.WorkMunicipality):0} km til {order.WorkMunicipality}, mere end {profile.MaxCommuteKm} km"),
            new([(CandidateFields.EmploymentType, Key(order.EmploymentType))], _ => $"søger ikke {order.EmploymentType}"),
        };
        foreach (var licence in order.RequiredDriversLicences)
            requirements.Add(new([(CandidateFields.Licence, DriversLicences.Canonical(licence))], _ => $"mangler kørekort {licence}"));
        foreach (var language in order.RequiredLanguages)
            requirements.Add(new([(CandidateFields.Language, Key(language))], _ => $"taler ikke {language}"));
        foreach (var certificate in order.RequiredCertificates.DistinctBy(vocabulary.CertificateKey))
            requirements.Add(new([(CandidateFields.Certificate, vocabulary.CertificateKey(certificate))],
                _ => $"mangler {vocabulary.CertificateName(certificate)}", IsCertificate: true));

        List<(string, string)> consent = [(CandidateFields.SharesAcrossNetworks, "true")];
        if (networks.NetworkOf(order.WorkMunicipality) is { } network) consent.Add((CandidateFields.Network, Key(network)));
        requirements.Add(new(consent, _ => "deles ikke uden for eget netværk"));

        return new OrderRules(requirements, order.StartDate.DayNumber, profile => $"ledig først {profile.AvailableFrom:yyyy-MM-dd}");
    }
}
