using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Validation;
using CandidateBank.Matching.Vocabulary;
using CandidateBank.Store;
using MassTransit;

namespace CandidateBank.Bus.Tenders;

/// <summary>Records a tender award and its company. Idempotent: the same award again changes nothing; a changed one replaces it.</summary>
public sealed class TenderAwardedConsumer(CandidateBankDb db, MessageValidator validator, TradeVocabulary vocabulary, TimeProvider clock) : IConsumer<TenderAwarded>
{
    public async Task Consume(ConsumeContext<TenderAwarded> context)
    {
        var award = context.Message;
        var validation = validator.Validate(award);
        if (!validation.IsValid) throw new InvalidMessageException($"TenderAwarded rejected: {validation}");
        award = validator.Canonical.Of(award);

        var json = JsonSerializer.Serialize(award, ContractJson.Options);
        var tender = await db.Tenders.FindAsync([award.TenderId], context.CancellationToken);
        if (tender?.AwardJson == json) return;
        tender ??= db.Tenders.Add(new TenderRecord { TenderId = award.TenderId, Cvr = "", WorkMunicipality = "", StartDate = default, TradeKeys = "", AwardJson = "", ReceivedAt = default }).Entity;
        (tender.Cvr, tender.WorkMunicipality, tender.StartDate, tender.AwardJson, tender.ReceivedAt) = (award.Cvr, award.WorkMunicipality, award.StartDate, json, clock.GetUtcNow());
        tender.TradeKeys = TradeKeys(award.Trades, vocabulary);

        var company = await db.Companies.FindAsync([award.Cvr], context.CancellationToken)
            ?? db.Companies.Add(new CompanyRecord { Cvr = award.Cvr, Name = "", UpdatedAt = default }).Entity;
        (company.Name, company.UpdatedAt) = (award.CompanyName, clock.GetUtcNow());
        company.Municipality = award.CompanyMunicipality ?? company.Municipality;
        company.ContactPerson = award.ContactPerson ?? company.ContactPerson;
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public static string TradeKeys(IEnumerable<string> trades, TradeVocabulary vocabulary) =>
        "|" + string.Join("|", trades.Select(t => TextKey.Of(vocabulary.Occupation(t)?.Name ?? t)).Distinct()) + "|";
}
