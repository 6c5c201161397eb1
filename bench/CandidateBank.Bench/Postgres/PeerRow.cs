using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Bench.Postgres;

/// <summary>
/// A profile as the peer stores it. The hard requirements are normalised with the same vocabulary, licence hierarchy,
/// geography and networks as CandidateBank, so the two are held to identical rules and differ only in ranking.
/// </summary>
internal sealed record PeerRow(
    string CandidateId, string Headline, string OccupationTitles, string Skills, string Certificates, string Summary,
    string[] CertificateKeys, string[] LicenceEntitlements, string[] Languages, string[] EmploymentTypes,
    int HomeCode, int MaxCommuteKm, DateOnly AvailableFrom, bool ShareAcrossNetworks, string? Network);

internal sealed class PeerRules(Municipalities municipalities, RecruitmentNetworks networks, TradeVocabulary vocabulary)
{
    public PeerRow Row(CandidateProfile profile) => new(
        profile.CandidateId,
        profile.Headline,
        string.Join(". ", profile.Occupations.Select(o => o.Title)),
        string.Join(". ", profile.Skills),
        string.Join(". ", profile.Certificates),
        profile.Summary,
        profile.Certificates.SelectMany(vocabulary.CertificateKeysSatisfiedBy).Distinct().ToArray(),
        DriversLicences.Entitlements(profile.DriversLicences).Select(DriversLicences.Canonical).ToArray(),
        Lower(profile.Languages),
        Lower(profile.EmploymentTypes),
        Code(profile.HomeMunicipality) ?? throw new InvalidDataException($"{profile.CandidateId}: unknown municipality '{profile.HomeMunicipality}'."),
        profile.MaxCommuteKm,
        profile.AvailableFrom,
        profile.Consent.ShareAcrossNetworks,
        networks.NetworkOf(profile.JobCentre));

    public IEnumerable<(int From, int To, double Km)> Distances() =>
        from a in municipalities.All from b in municipalities.All select (a.Code, b.Code, municipalities.DistanceKm(a.Name, b.Name));

    public int? Code(string municipality) => municipalities.TryGet(municipality, out var m) ? m.Code : null;

    public string? NetworkOf(string municipality) => networks.NetworkOf(municipality);

    public string CertificateKey(string required) => vocabulary.CertificateKey(required);

    public static string[] Lower(IEnumerable<string> values) => values.Select(v => v.Trim().ToLowerInvariant()).Distinct().ToArray();
}
