namespace CandidateBank.Contracts;

public sealed record Contact(string? Name, string? Email, string? Phone);
