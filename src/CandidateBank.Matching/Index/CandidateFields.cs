namespace CandidateBank.Matching.Index;

/// <summary>Field names of a candidate document in the Lucene index.</summary>
public static class CandidateFields
{
    public const string Id = "id";
    public const string IdValues = "id_dv";
    public const string Version = "version";
    public const string Json = "json";
    public const string JobCentre = "jobCentre";
    public const string Network = "network";
    public const string SharesAcrossNetworks = "sharesAcrossNetworks";
    public const string Reaches = "reaches";
    public const string AvailableFrom = "availableFrom";
    public const string Licence = "licence";
    public const string Certificate = "certificate";
    public const string Language = "language";
    public const string EmploymentType = "employmentType";
    public const string Occupation = "occupation";
    public const string Skill = "skill";
    public const string Text = "text";
}
