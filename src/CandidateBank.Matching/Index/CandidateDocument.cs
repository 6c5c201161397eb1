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
/// Maps a profile to its Lucene document. Hard rules become the exact terms <see cref="HardRuleTerms"/> defines, so the
/// index can filter on them; certificates the vocabulary only probably recognises are kept apart, for a consultant to
/// verify. Occupations and skills are normalised against the vocabulary; what it does not know stays searchable text,
/// and certificate and occupation names it does not recognise are recorded so the vocabulary can grow from them.
/// </summary>
public sealed class CandidateDocument(HardRuleTerms rules, TradeVocabulary vocabulary, Analyzer analyzer) : IDisposable
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
            fields.StoredExact(CandidateFields.Id, CandidateKey.Of(profile).ToString()),
            fields.SortedValue(CandidateFields.IdValues, new BytesRef(CandidateKey.Of(profile).ToString())),
            fields.NumericValue(CandidateFields.Version, profile.Version),
            fields.Stored(CandidateFields.Json, JsonSerializer.Serialize(profile, ContractJson.Options)),
            fields.Exact(CandidateFields.JobCentre, Key(profile.JobCentre)),
            fields.Int32(CandidateFields.AvailableFrom, profile.AvailableFrom.DayNumber),
            fields.Text(CandidateFields.Text, fields.Tokens),
            fields.BinaryValue(CandidateFields.Ranking, new BytesRef(RankingRecord.Of(profile, textTerms).Encode())),
        };
        foreach (var (field, term) in rules.HeldBy(profile))
            doc.Add(fields.Exact(field, term));
        foreach (var certificate in profile.Certificates)
        {
            foreach (var key in vocabulary.CertificateKeysProbablySatisfiedBy(certificate))
                doc.Add(fields.Exact(CandidateFields.ProbableCertificate, key));
            if (vocabulary.Certificates(certificate) is { Entries.Count: 0, Probable.Count: 0 })
                doc.Add(fields.Exact(CandidateFields.Unrecognised, Unrecognised.Term(UnrecognisedKind.Certificate, profile.JobCentre, certificate)));
        }
        foreach (var occupation in profile.Occupations)
            AddOccupation(doc, fields, profile.JobCentre, occupation.Title);
        foreach (var skill in profile.Skills)
        {
            doc.Add(fields.Text(CandidateFields.Skill, skill));
            doc.Add(fields.Exact(CandidateFields.SkillName, vocabulary.SkillKey(skill)));
        }
        return doc;
    }

    private void AddOccupation(Document doc, ReusedFields fields, string jobCentre, string title)
    {
        doc.Add(fields.Text(CandidateFields.Occupation, title));
        doc.Add(fields.Exact(CandidateFields.OccupationTitle, DanishStem.Of(title)));
        var known = vocabulary.Occupations(title).Entries;
        if (known.Count == 0 && vocabulary.Occupation(title) is { } byWorker) known = [byWorker];
        if (known.Count == 0)
            doc.Add(fields.Exact(CandidateFields.Unrecognised, Unrecognised.Term(UnrecognisedKind.Occupation, jobCentre, title)));
        foreach (var occupation in known)
        {
            doc.Add(fields.Exact(CandidateFields.OccupationName, TextKey.Of(occupation.Name)));
            foreach (var related in occupation.Related)
                doc.Add(fields.Exact(CandidateFields.RelatedOccupation, TextKey.Of(related)));
        }
    }

    public void Dispose() => _fields.Dispose();

    /// <summary>Exact-match keys are lower case so "Aarhus" and "aarhus" are one term.</summary>
    public static string Key(string value) => HardRuleTerms.Key(value);
}
