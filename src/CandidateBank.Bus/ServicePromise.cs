namespace CandidateBank.Bus;

/// <summary>What CandidateBank promises a company: an answer to its job order within this time of receipt.</summary>
public sealed record ServicePromise(TimeSpan AnswerWithin)
{
    public static ServicePromise OneDay { get; } = new(TimeSpan.FromHours(24));
}
