namespace CandidateBank.Store;

/// <summary>A company known from its tender awards, keyed by CVR number; the newest award's details win.</summary>
public sealed class CompanyRecord
{
    public required string Cvr { get; set; }
    public required string Name { get; set; }
    public string? Municipality { get; set; }
    public string? ContactPerson { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A tender award as received; the columns queries filter on are copied out of the JSON.</summary>
public sealed class TenderRecord
{
    public required string TenderId { get; set; }
    public required string Cvr { get; set; }
    public required string WorkMunicipality { get; set; }
    public required DateOnly StartDate { get; set; }
    /// <summary>The vocabulary keys of the trades, each between '|', so "contains |struktoer|" is one SQL LIKE.</summary>
    public required string TradeKeys { get; set; }
    public required string AwardJson { get; set; }
    public required DateTimeOffset ReceivedAt { get; set; }
}
