namespace CandidateBank.Contracts;

/// <summary>What the citizen has agreed to: the lawful basis for sharing the profile.</summary>
public sealed record Consent(bool ShareWithEmployers, bool ShareAcrossNetworks);
