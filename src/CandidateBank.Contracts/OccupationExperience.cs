namespace CandidateBank.Contracts;

public sealed record OccupationExperience(string Title, int Years);
