namespace CandidateBank.Matching.Index;

/// <summary>Field names of a candidate document in the Lucene index.</summary>
public static class CandidateFields
{
    /// <summary>The candidate's <see cref="Contracts.CandidateKey"/> in its one-string form (job centre/id): the document's key term.</summary>
    public const string Id = "id";
    public const string IdValues = "id_dv";
    public const string Version = "version";
    public const string Json = "json";
    /// <summary>Binary doc values: the candidate's <see cref="RankingRecord"/>.</summary>
    public const string Ranking = "ranking";
    public const string JobCentre = "jobCentre";
    public const string Network = "network";
    public const string SharesAcrossNetworks = "sharesAcrossNetworks";
    public const string Reaches = "reaches";
    public const string AvailableFrom = "availableFrom";
    public const string Licence = "licence";
    public const string Certificate = "certificate";
    /// <summary>Keys of certificate requirements a held certificate probably meets: the consultant verifies these.</summary>
    public const string ProbableCertificate = "probableCertificate";
    /// <summary>Certificate and occupation names the vocabulary recognised nothing in (<see cref="Index.Unrecognised"/>).</summary>
    public const string Unrecognised = "unrecognised";
    public const string Language = "language";
    public const string EmploymentType = "employmentType";
    /// <summary>Analysed occupation titles as written, for occupations the vocabulary does not know.</summary>
    public const string Occupation = "occupation";
    /// <summary>The stem key of each title as written: the same title, inflected or not, is an exact match.</summary>
    public const string OccupationTitle = "occupationTitle";
    /// <summary>The vocabulary's canonical occupation: another title for the same trade is a synonym match.</summary>
    public const string OccupationName = "occupationName";
    public const string RelatedOccupation = "relatedOccupation";
    public const string SkillName = "skillName";
    public const string Skill = "skill";
    public const string Text = "text";
}
