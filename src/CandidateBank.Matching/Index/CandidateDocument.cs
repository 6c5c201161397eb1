using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace CandidateBank.Matching.Index;

/// <summary>
/// Maps a profile to its Lucene document. Hard rules become exact terms so the index can filter on them:
/// the municipalities the candidate can reach, every licence class they may drive, every certificate requirement
/// they meet. Occupations and skills are normalised against the vocabulary; what it does not know stays searchable text.
/// </summary>
public sealed class CandidateDocument(Municipalities municipalities, RecruitmentNetworks networks, TradeVocabulary vocabulary, Analyzer analyzer)
{
    public Document Create(CandidateProfile profile)
    {
        var (text, textTerms) = AnalysedText(profile.Headline + "\n" + profile.Summary);
        var doc = new Document
        {
            new StringField(CandidateFields.Id, profile.CandidateId, Field.Store.YES),
            new SortedDocValuesField(CandidateFields.IdValues, new BytesRef(profile.CandidateId)),
            new NumericDocValuesField(CandidateFields.Version, profile.Version),
            new StoredField(CandidateFields.Json, JsonSerializer.Serialize(profile, ContractJson.Options)),
            new StringField(CandidateFields.JobCentre, Key(profile.JobCentre), Field.Store.NO),
            new StringField(CandidateFields.SharesAcrossNetworks, profile.Consent.ShareAcrossNetworks ? "true" : "false", Field.Store.NO),
            new Int32Field(CandidateFields.AvailableFrom, profile.AvailableFrom.DayNumber, Field.Store.NO),
            text,
            new BinaryDocValuesField(CandidateFields.Ranking, new BytesRef(RankingRecord.Of(profile, textTerms).Encode())),
        };
        if (networks.NetworkOf(profile.JobCentre) is { } network)
            doc.Add(new StringField(CandidateFields.Network, Key(network), Field.Store.NO));
        foreach (var reachable in municipalities.Reachable(profile.HomeMunicipality, profile.MaxCommuteKm))
            doc.Add(new StringField(CandidateFields.Reaches, Key(reachable), Field.Store.NO));
        foreach (var licence in DriversLicences.Entitlements(profile.DriversLicences))
            doc.Add(new StringField(CandidateFields.Licence, DriversLicences.Canonical(licence), Field.Store.NO));
        foreach (var key in profile.Certificates.SelectMany(vocabulary.CertificateKeysSatisfiedBy).Distinct())
            doc.Add(new StringField(CandidateFields.Certificate, key, Field.Store.NO));
        foreach (var language in profile.Languages)
            doc.Add(new StringField(CandidateFields.Language, Key(language), Field.Store.NO));
        foreach (var type in profile.EmploymentTypes)
            doc.Add(new StringField(CandidateFields.EmploymentType, Key(type), Field.Store.NO));
        foreach (var occupation in profile.Occupations)
            AddOccupation(doc, occupation.Title);
        foreach (var skill in profile.Skills)
        {
            doc.Add(new TextField(CandidateFields.Skill, skill, Field.Store.NO));
            doc.Add(new StringField(CandidateFields.SkillName, vocabulary.SkillKey(skill), Field.Store.NO));
        }
        return doc;
    }

    private void AddOccupation(Document doc, string title)
    {
        doc.Add(new TextField(CandidateFields.Occupation, title, Field.Store.NO));
        doc.Add(new StringField(CandidateFields.OccupationTitle, DanishStem.Of(title), Field.Store.NO));
        if (vocabulary.Occupation(title) is not { } known) return;
        doc.Add(new StringField(CandidateFields.OccupationName, TextKey.Of(known.Name), Field.Store.NO));
        foreach (var related in known.Related)
            doc.Add(new StringField(CandidateFields.RelatedOccupation, TextKey.Of(related), Field.Store.NO));
    }

    /// <summary>
    /// Headline and summary analysed once: the tokens are cached, so the same pass gives the terms that are stored for
    /// the ranking record and the field the writer indexes (the Danish compound analysis is the dearest part of indexing).
    /// </summary>
    private (Field Field, IReadOnlySet<string> Terms) AnalysedText(string text)
    {
        var source = analyzer.GetTokenStream(CandidateFields.Text, text);
        source.Reset();
        var tokens = new CachingTokenFilter(source);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        while (tokens.IncrementToken()) terms.Add(term.ToString());
        // Every token is cached now: the source is closed at once, so this thread's analyzer is free for the next text
        // even if the document is never written; the writer replays the cache.
        source.Dispose();
        tokens.Reset();
        return (new TextField(CandidateFields.Text, tokens), terms);
    }

    /// <summary>Exact-match keys are lower case so "Aarhus" and "aarhus" are one term.</summary>
    public static string Key(string value) => value.Trim().ToLowerInvariant();
}
