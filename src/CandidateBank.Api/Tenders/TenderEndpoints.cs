using System.Text;
using System.Text.Json;
using CandidateBank.Api.Auth;
using CandidateBank.Api.Binding;
using CandidateBank.Api.Publishing;
using CandidateBank.Contracts;
using CandidateBank.Import;
using CandidateBank.Matching.Demand;
using CandidateBank.Matching.Geography;
using CandidateBank.Matching.Validation;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Api.Tenders;

/// <summary>The registry of won tenders: awards in (one at a time or a register's CSV export), queries and coverage out.</summary>
public static class TenderEndpoints
{
    public static RouteGroupBuilder MapTenderEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenders").WithTags("Tenders").RequireAuthorization(Roles.ConsultantPolicy);
        group.MapPost("/", SubmitTender).WithName(nameof(SubmitTender))
            .WithSummary("Record a tender award").ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/import", ImportTenders).WithName(nameof(ImportTenders)).Accepts<string>("text/csv")
            .WithSummary("Import tender awards from a register's CSV export, row by row").ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", ListTenders).WithName(nameof(ListTenders))
            .WithSummary("List tender awards by start date");
        group.MapGet("/{tenderId}/coverage", GetCoverage).WithName(nameof(GetCoverage))
            .WithSummary("How many candidates in the bank could fill each trade of a tender").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Accepted<TenderAccepted>, ValidationProblem, ProblemHttpResult>> SubmitTender(
        TenderAwarded award, [FromHeader(Name = AcceptLanguage.Header)] string? acceptLanguage, MessageValidator validator, ConfirmedPublisher bus,
        CancellationToken cancellationToken)
    {
        var validation = validator.Validate(award);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.ErrorsIn(AcceptLanguage.Preferred(acceptLanguage)));
        award = validator.Canonical.Of(award);
        if (await bus.Publish(award, cancellationToken) is { } unavailable) return unavailable;
        return TypedResults.Accepted($"/api/v1/tenders/{Uri.EscapeDataString(award.TenderId)}/coverage", new TenderAccepted(award.TenderId));
    }

    /// <summary>Every row is checked first; the good ones are then published together, the others reported by line.</summary>
    public static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportTenders(
        HttpRequest request, MessageValidator validator, ConfirmedPublisher bus, CandidateBankDb db, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var rows = new List<TenderRow>();
        try { await foreach (var row in ReadAsync(reader, cancellationToken)) rows.Add(row); }
        catch (InvalidDataException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a tender CSV file",
                detail: $"{e.Message} Expected columns: {string.Join(";", TenderCsv.Required)} (plus companyMunicipality, contactPerson, endDate, valueDkk).");
        }
        var rejected = new List<RejectedRow>();
        var accepted = new List<TenderAwarded>();
        foreach (var row in rows.Where(r => !r.Duplicate))
        {
            if (row.Award is null) { rejected.Add(new RejectedRow(row.Line, row.Error!)); continue; }
            var validation = validator.Validate(row.Award);
            if (validation.IsValid) accepted.Add(validator.Canonical.Of(row.Award));
            else rejected.Add(new RejectedRow(row.Line, validation.ToString()));
        }
        var recorded = await AlreadyRecorded(db, accepted, cancellationToken);
        accepted.RemoveAll(a => recorded.Contains(a.TenderId));
        if (accepted.Count > 0 && await bus.PublishBatch(accepted, cancellationToken) is { } unavailable) return unavailable;
        return TypedResults.Ok(new ImportReport(rows.Count, accepted.Count, rows.Count(r => r.Duplicate) + recorded.Count, rejected));
    }

    /// <summary>Awards stored exactly as the file has them: a file imported again is all duplicates, not news.</summary>
    private static async Task<HashSet<string>> AlreadyRecorded(CandidateBankDb db, List<TenderAwarded> awards, CancellationToken cancellationToken)
    {
        var ids = awards.Select(a => a.TenderId).ToList();
        var stored = await db.Tenders.AsNoTracking().Where(t => ids.Contains(t.TenderId))
            .ToDictionaryAsync(t => t.TenderId, t => t.AwardJson, StringComparer.Ordinal, cancellationToken);
        return awards.Where(a => stored.GetValueOrDefault(a.TenderId) == JsonSerializer.Serialize(a, ContractJson.Options)).Select(a => a.TenderId).ToHashSet(StringComparer.Ordinal);
    }

    private static async IAsyncEnumerable<TenderRow> ReadAsync(StreamReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The body is read whole first: CsvTable reads synchronously, which Kestrel does not allow on the request stream.
        using var text = new StringReader(await reader.ReadToEndAsync(cancellationToken));
        foreach (var row in TenderCsv.Read(text)) yield return row;
    }

    public static async Task<Ok<List<TenderAwarded>>> ListTenders(
        CandidateBankDb db, RecruitmentNetworks networks, TradeVocabulary vocabulary, Municipalities municipalities, string? municipality, string? network,
        string? trade, DateParameter? startsAfter, DateParameter? startsBefore, CancellationToken cancellationToken)
    {
        var tenders = db.Tenders.AsNoTracking();
        // Stored in the official spelling, so any spelling a consultant types finds them ("aarhus", "Århus").
        if (municipality is not null)
        {
            var official = municipalities.Canonical(municipality);
            tenders = tenders.Where(t => t.WorkMunicipality == official);
        }
        if (network is not null)
        {
            var members = networks.Members.FirstOrDefault(n => string.Equals(n.Key, network.Trim(), StringComparison.OrdinalIgnoreCase)).Value ?? [];
            tenders = tenders.Where(t => members.Contains(t.WorkMunicipality));
        }
        if (trade is not null)
        {
            var key = $"%|{TextKey.Of(vocabulary.Occupation(trade)?.Name ?? trade)}|%";
            tenders = tenders.Where(t => EF.Functions.Like(t.TradeKeys, key));
        }
        if (startsAfter?.Value is { } after) tenders = tenders.Where(t => t.StartDate >= after);
        if (startsBefore?.Value is { } before) tenders = tenders.Where(t => t.StartDate <= before);
        var records = await tenders.OrderBy(t => t.StartDate).ThenBy(t => t.TenderId).Take(1000).ToListAsync(cancellationToken);
        return TypedResults.Ok(records.Select(Award).ToList());
    }

    public static async Task<Results<Ok<TenderCoverageView>, ProblemHttpResult>> GetCoverage(
        string tenderId, CandidateBankDb db, TenderCoverage coverage, CancellationToken cancellationToken)
    {
        var record = await db.Tenders.AsNoTracking().FirstOrDefaultAsync(t => t.TenderId == tenderId, cancellationToken);
        if (record is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tender not found",
                detail: $"No tender '{tenderId}' has been recorded. A just-submitted award appears within a moment.");
        var award = Award(record);
        return TypedResults.Ok(new TenderCoverageView(award.TenderId, award.Project, award.WorkMunicipality, award.StartDate, coverage.For(award)));
    }

    internal static TenderAwarded Award(TenderRecord record) => JsonSerializer.Deserialize<TenderAwarded>(record.AwardJson, ContractJson.Options)!;
}
