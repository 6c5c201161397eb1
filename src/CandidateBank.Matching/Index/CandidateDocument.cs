using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Index;

/// <summary>
/// Maps a profile to its Lucene document. Hard rules become exact terms so the index can filter on them:
/// the municipalities the candidate can reach, every licence class they may drive, every certificate requirement
/// they meet. Occupations and skills are normalised against the vocabulary; what it does not know stays searchable text.
/// </summary>
public sealed class CandidateDocument(Municipalities municipalities, RecruitmentNetworks networks, TradeVocabulary vocabulary, Analyzer analyzer)
    : IDisposable
{
    private readonly ThreadLocal<ReusedFields> _fields = new(() => new ReusedFields());

    /// <summary>
    /// The document of <paramref name="profile"/>, made of this thread's reused fields: valid until the thread creates
    /// its next document, so it is given to the index writer at once.
    /// </summary>
    public Document Create(CandidateProfile profile)
    {
        var fields = _fields.Value!;
        fields.Reset();
        // Headline and summary are analysed once: the same pass gives the terms stored for the ranking record and the
        // tokens the writer indexes (the Danish compound analysis is the dearest part of indexing).
        var textTerms = fields.Tokens.Record(analyzer, CandidateFields.Text, profile.Headline + "\n" + profile.Summary);
        var doc = new Document
        {
            fields.StoredExact(CandidateFields.Id, profile.CandidateId),
            fields.SortedValue(CandidateFields.IdValues, new BytesRef(profile.CandidateId)),
            fields.NumericValue(CandidateFields.Version, profile.Version),
            fields.Stored(CandidateFields.Json, JsonSerializer.Serialize(profile, ContractJson.Options)),
            fields.Exact(CandidateFields.JobCentre, Key(profile.JobCentre)),
            fields.Exact(CandidateFields.SharesAcrossNetworks, profile.Consent.ShareAcrossNetworks ? "true" : "false"),
            fields.Int32(CandidateFields.AvailableFrom, profile.AvailableFrom.DayNumber),
            fields.Text(CandidateFields.Text, fields.Tokens),
            fields.BinaryValue(CandidateFields.Ranking, new BytesRef(RankingRecord.Of(profile, textTerms).Encode())),
        };
        if (networks.NetworkOf(profile.JobCentre) is { } network)
            doc.Add(fields.Exact(CandidateFields.Network, Key(network)));
        foreach (var reachable in municipalities.Reachable(profile.HomeMunicipality, profile.MaxCommuteKm))
            doc.Add(fields.Exact(CandidateFields.Reaches, Key(reachable)));
        foreach (var licence in DriversLicences.Entitlements(profile.DriversLicences))
            doc.Add(fields.Exact(CandidateFields.Licence, DriversLicences.Canonical(licence)));
        foreach (var key in profile.Certificates.SelectMany(vocabulary.CertificateKeysSatisfiedBy).Distinct())
            doc.Add(fields.Exact(CandidateFields.Certificate, key));
        foreach (var language in profile.Languages)
            doc.Add(fields.Exact(CandidateFields.Language, Key(language)));
        foreach (var type in profile.EmploymentTypes)
            doc.Add(fields.Exact(CandidateFields.EmploymentType, Key(type)));
        foreach (var occupation in profile.Occupations)
            AddOccupation(doc, fields, occupation.Title);
        foreach (var skill in profile.Skills)
        {
            doc.Add(fields.Text(CandidateFields.Skill, skill));
            doc.Add(fields.Exact(CandidateFields.SkillName, vocabulary.SkillKey(skill)));
        }
        return doc;
    }

    private void AddOccupation(Document doc, ReusedFields fields, string title)
    {
        doc.Add(fields.Text(CandidateFields.Occupation, title));
        doc.Add(fields.Exact(CandidateFields.OccupationTitle, DanishStem.Of(title)));
        if (vocabulary.Occupation(title) is not { } known) return;
        doc.Add(fields.Exact(CandidateFields.OccupationName, TextKey.Of(known.Name)));
        foreach (var related in known.Related)
            doc.Add(fields.Exact(CandidateFields.RelatedOccupation, TextKey.Of(related)));
    }

    public void Dispose() => _fields.Dispose();

    /// <summary>Exact-match keys are lower case so "Aarhus" and "aarhus" are one term.</summary>
    public static string Key(string value) => value.Trim().ToLowerInvariant();
}
