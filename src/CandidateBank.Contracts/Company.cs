namespace CandidateBank.Contracts;

public sealed record Company(string Cvr, string Name, string ContactEmail);
