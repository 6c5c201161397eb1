namespace CandidateBank.Contracts;

/// <summary>
/// A company won a public tender (licitation): demand for labour that will come. Keyed by <see cref="TenderId"/>;
/// publishing the same award again replaces it. <see cref="Trades"/> are occupations, ideally as the vocabulary names them.
/// </summary>
public sealed record TenderAwarded
{
    public required string TenderId { get; init; }
    public required string Project { get; init; }
    public required string Buyer { get; init; }
    public required string Cvr { get; init; }
    public required string CompanyName { get; init; }
    public string? CompanyMunicipality { get; init; }
    public string? ContactPerson { get; init; }
    public required string WorkMunicipality { get; init; }
    public required DateOnly AwardedOn { get; init; }
    public required DateOnly StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    /// <summary>Whole kroner: registers round to them, and an integer means the same to every JSON reader.</summary>
    public long? ValueDkk { get; init; }
    public required IReadOnlyList<string> Trades { get; init; }
    public required string Source { get; init; }
}
