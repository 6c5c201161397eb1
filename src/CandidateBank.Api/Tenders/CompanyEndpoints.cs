using System.Security.Claims;
using System.Text.Json;
using CandidateBank.Api.Auth;
using CandidateBank.Api.JobOrders;
using CandidateBank.Contracts;
using CandidateBank.Matching.Demand;
using CandidateBank.Matching.Geography;
using CandidateBank.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.Tenders;

/// <summary>Companies by CVR number with their awards and orders, and the ranked list of whom to call before they recruit.</summary>
public static class CompanyEndpoints
{
    public static IEndpointRouteBuilder MapCompanyEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/companies/{cvr}", GetCompany).WithName(nameof(GetCompany)).WithTags("Tenders").RequireAuthorization(Roles.ConsultantPolicy)
            .WithSummary("A company by CVR number, with its tender awards and job orders").ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/v1/outreach", GetOutreach).WithName(nameof(GetOutreach)).WithTags("Tenders").RequireAuthorization(Roles.ConsultantPolicy)
            .WithSummary("Companies to call before they recruit: awards starting soon, best covered first");
        return routes;
    }

    public static async Task<Results<Ok<CompanyView>, ProblemHttpResult>> GetCompany(
        string cvr, ClaimsPrincipal user, CandidateBankDb db, OrderAccess access, CancellationToken cancellationToken)
    {
        cvr = cvr.Replace(" ", "").Replace("DK", "", StringComparison.OrdinalIgnoreCase);
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Cvr == cvr, cancellationToken);
        var awards = await db.Tenders.AsNoTracking().Where(t => t.Cvr == cvr).OrderBy(t => t.StartDate).ToListAsync(cancellationToken);
        var orders = await access.Readable(db.JobOrders.AsNoTracking(), user).Where(o => o.CompanyCvr == cvr).OrderBy(o => o.ReceivedAt)
            .Select(o => new { o.Id, o.Title, o.Status, o.ReceivedAt, o.CompanyName }).ToListAsync(cancellationToken);
        // A company is known from its awards or from the job orders this consultant may read; the newest order names it.
        if (company is null && orders.Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Company not found",
                detail: $"No tender award and no job order you may read names a company with CVR '{cvr}'.");
        return TypedResults.Ok(new CompanyView(cvr, company?.Name ?? orders[^1].CompanyName, company?.Municipality, company?.ContactPerson,
            awards.Select(TenderEndpoints.Award).ToList(),
            orders.Select(o => new CompanyJobOrder(o.Id, o.Title, o.Status, o.ReceivedAt)).ToList()));
    }

    /// <summary>Awards starting within the window, best covered first: whom to call, and with how many candidates.</summary>
    public static async Task<Results<Ok<List<OutreachLead>>, ValidationProblem>> GetOutreach(
        CandidateBankDb db, TenderCoverage coverage, TimeProvider clock, CancellationToken cancellationToken, int withinDays = 90)
    {
        if (withinDays is < 1 or > 730)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["withinDays"] = ["must be between 1 and 730."] });
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var until = today.AddDays(withinDays);
        var awards = await db.Tenders.AsNoTracking().Where(t => t.StartDate >= today && t.StartDate <= until).ToListAsync(cancellationToken);
        var companies = await db.Companies.AsNoTracking().Where(c => awards.Select(a => a.Cvr).Contains(c.Cvr)).ToDictionaryAsync(c => c.Cvr, cancellationToken);
        return TypedResults.Ok(awards.Select(TenderEndpoints.Award)
            .Select(award => (Award: award, Trades: coverage.For(award)))
            .Select(a => new OutreachLead(a.Award.Cvr, companies.GetValueOrDefault(a.Award.Cvr)?.Name ?? a.Award.CompanyName,
                companies.GetValueOrDefault(a.Award.Cvr)?.ContactPerson, a.Award.TenderId, a.Award.Project, a.Award.WorkMunicipality,
                a.Award.StartDate, a.Trades.Sum(t => t.Qualified), a.Trades.Sum(t => t.AfterCourse), a.Trades))
            .OrderByDescending(l => l.Qualified).ThenByDescending(l => l.AfterCourse).ThenBy(l => l.StartDate).ThenBy(l => l.TenderId, StringComparer.Ordinal)
            .ToList());
    }
}
