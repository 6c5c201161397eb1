using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Index;

/// <summary>
/// Maps a profile to its Lucene document. Hard rules become exact terms so the index can filter on them:
/// the municipalities the candidate can reach, every licence class they may drive, their normalised certificates.
/// </summary>
public sealed class CandidateDocument(Municipalities municipalities, RecruitmentNetworks networks)
{
    public Document Create(CandidateProfile profile)
    {
        var doc = new Document
        {
            new StringField(CandidateFields.Id, profile.CandidateId, Field.Store.YES),
            new SortedDocValuesField(CandidateFields.IdValues, new BytesRef(profile.CandidateId)),
            new NumericDocValuesField(CandidateFields.Version, profile.Version),
            new StoredField(CandidateFields.Json, JsonSerializer.Serialize(profile, ContractJson.Options)),
            new StringField(CandidateFields.JobCentre, Key(profile.JobCentre), Field.Store.NO),
            new StringField(CandidateFields.SharesAcrossNetworks, profile.Consent.ShareAcrossNetworks ? "true" : "false", Field.Store.NO),
            new Int32Field(CandidateFields.AvailableFrom, profile.AvailableFrom.DayNumber, Field.Store.NO),
            new TextField(CandidateFields.Text, profile.Headline + "\n" + profile.Summary, Field.Store.NO),
        };
        if (networks.NetworkOf(profile.JobCentre) is { } network)
            doc.Add(new StringField(CandidateFields.Network, Key(network), Field.Store.NO));
        foreach (var reachable in municipalities.Reachable(profile.HomeMunicipality, profile.MaxCommuteKm))
            doc.Add(new StringField(CandidateFields.Reaches, Key(reachable), Field.Store.NO));
        foreach (var licence in DriversLicences.Entitlements(profile.DriversLicences))
            doc.Add(new StringField(CandidateFields.Licence, DriversLicences.Canonical(licence), Field.Store.NO));
        foreach (var certificate in profile.Certificates)
            doc.Add(new StringField(CandidateFields.Certificate, Certificates.Normalise(certificate), Field.Store.NO));
        foreach (var language in profile.Languages)
            doc.Add(new StringField(CandidateFields.Language, Key(language), Field.Store.NO));
        foreach (var type in profile.EmploymentTypes)
            doc.Add(new StringField(CandidateFields.EmploymentType, Key(type), Field.Store.NO));
        foreach (var occupation in profile.Occupations)
            doc.Add(new TextField(CandidateFields.Occupation, occupation.Title, Field.Store.NO));
        foreach (var skill in profile.Skills)
            doc.Add(new TextField(CandidateFields.Skill, skill, Field.Store.NO));
        return doc;
    }

    /// <summary>Exact-match keys are lower case so "Aarhus" and "aarhus" are one term.</summary>
    public static string Key(string value) => value.Trim().ToLowerInvariant();
}
