using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// The hard rules of a job order as an index filter, so the index never scores a candidate who cannot take the job:
/// reach of the work municipality, availability by the start date, employment type, driving licences, languages,
/// consent to cross-network sharing and, unless asked to leave them out, every required certificate
/// (in any spelling the vocabulary knows, or a certificate that includes it). <see cref="Rules.HardRules"/> is the same in C#.
/// </summary>
public static class HardRuleFilter
{
    public static Query For(JobOrder order, RecruitmentNetworks networks, TradeVocabulary vocabulary, bool includeCertificates)
    {
        var rules = new BooleanQuery
        {
            { Term(CandidateFields.Reaches, CandidateDocument.Key(order.WorkMunicipality)), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(CandidateFields.AvailableFrom, null, order.StartDate.DayNumber, true, true), Occur.MUST },
            { Term(CandidateFields.EmploymentType, CandidateDocument.Key(order.EmploymentType)), Occur.MUST },
        };
        foreach (var licence in order.RequiredDriversLicences)
            rules.Add(Term(CandidateFields.Licence, DriversLicences.Canonical(licence)), Occur.MUST);
        foreach (var language in order.RequiredLanguages)
            rules.Add(Term(CandidateFields.Language, CandidateDocument.Key(language)), Occur.MUST);
        if (includeCertificates)
            foreach (var certificate in order.RequiredCertificates)
                rules.Add(Term(CandidateFields.Certificate, vocabulary.CertificateKey(certificate)), Occur.MUST);

        var consent = new BooleanQuery { { Term(CandidateFields.SharesAcrossNetworks, "true"), Occur.SHOULD } };
        if (networks.NetworkOf(order.WorkMunicipality) is { } network)
            consent.Add(Term(CandidateFields.Network, CandidateDocument.Key(network)), Occur.SHOULD);
        rules.Add(consent, Occur.MUST);
        return rules;
    }

    /// <summary>
    /// The same rules over cached bitsets, for searches that run all day (<see cref="For"/> is the reference they are
    /// tested against). <paramref name="lackingACertificate"/> keeps only candidates who miss a required certificate: near-misses.
    /// </summary>
    public static RuleFilter Cached(JobOrder order, RecruitmentNetworks networks, TradeVocabulary vocabulary, RuleBitsets bitsets,
        bool includeCertificates, bool lackingACertificate = false)
    {
        var rules = new RuleFilter(bitsets, CandidateFields.AvailableFrom) { AvailableBy = order.StartDate.DayNumber };
        rules.AllOf.Add((CandidateFields.Reaches, CandidateDocument.Key(order.WorkMunicipality)));
        rules.AllOf.Add((CandidateFields.EmploymentType, CandidateDocument.Key(order.EmploymentType)));
        foreach (var licence in order.RequiredDriversLicences)
            rules.AllOf.Add((CandidateFields.Licence, DriversLicences.Canonical(licence)));
        foreach (var language in order.RequiredLanguages)
            rules.AllOf.Add((CandidateFields.Language, CandidateDocument.Key(language)));
        var certificates = order.RequiredCertificates.Select(c => (CandidateFields.Certificate, vocabulary.CertificateKey(c)));
        if (includeCertificates) rules.AllOf.AddRange(certificates);
        if (lackingACertificate) rules.NotAllOf.AddRange(certificates);

        var consent = new List<(string, string)> { (CandidateFields.SharesAcrossNetworks, "true") };
        if (networks.NetworkOf(order.WorkMunicipality) is { } network)
            consent.Add((CandidateFields.Network, CandidateDocument.Key(network)));
        rules.AnyOf.Add(consent);
        return rules;
    }

    private static TermQuery Term(string field, string value) => new(new Term(field, value));
}
