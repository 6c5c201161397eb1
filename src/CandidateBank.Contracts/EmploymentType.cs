namespace CandidateBank.Contracts;

public static class EmploymentType
{
    public const string Ordinary = "ordinary";
    public const string Temporary = "temporary";

    public static readonly IReadOnlyList<string> All = [Ordinary, Temporary];
}
