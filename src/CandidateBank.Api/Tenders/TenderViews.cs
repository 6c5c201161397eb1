using CandidateBank.Contracts;
using CandidateBank.Matching.Demand;

namespace CandidateBank.Api.Tenders;

public sealed record TenderAccepted(string TenderId);

public sealed record RejectedRow(int Line, string Reason);

/// <summary>What an import did with each row: published, skipped as a repeat, or rejected with the reason.</summary>
public sealed record ImportReport(int RowsRead, int Accepted, int Duplicates, IReadOnlyList<RejectedRow> Rejected);

public sealed record TenderCoverageView(string TenderId, string Project, string WorkMunicipality, DateOnly StartDate, IReadOnlyList<TradeCoverage> Trades);

public sealed record CompanyView(string Cvr, string Name, string? Municipality, string? ContactPerson,
    IReadOnlyList<TenderAwarded> Awards, IReadOnlyList<CompanyJobOrder> JobOrders);

public sealed record CompanyJobOrder(string Id, string Title, string Status, DateTimeOffset ReceivedAt);

/// <summary>A company worth calling: an award starting soon, and how many candidates the bank has for its trades.</summary>
public sealed record OutreachLead(string Cvr, string CompanyName, string? ContactPerson, string TenderId, string Project,
    string WorkMunicipality, DateOnly StartDate, int Qualified, int AfterCourse, IReadOnlyList<TradeCoverage> Trades);
