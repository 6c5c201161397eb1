namespace CandidateBank.Bus;

/// <summary>A message that can never be applied. It is not retried; it goes to the error queue with this reason.</summary>
public sealed class InvalidMessageException(string reason) : Exception(reason);
