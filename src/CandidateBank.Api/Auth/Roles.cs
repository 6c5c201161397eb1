namespace CandidateBank.Api.Auth;

public static class Roles
{
    public const string Consultant = "consultant";
    public const string JobCentre = "jobcentre";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Consultant, JobCentre, Admin];

    /// <summary>Authorization policies: the role named, or admin.</summary>
    public const string JobCentrePolicy = "jobcentre";
    public const string ConsultantPolicy = "consultant";

    public const string JobCentreClaim = "jobCentre";
}
