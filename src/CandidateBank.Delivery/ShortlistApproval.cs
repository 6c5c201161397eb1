using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CandidateBank.Delivery;

/// <summary>A candidate as sent: the reference the company saw, so the job centre can resolve it.</summary>
public sealed record SentCandidate(string CandidateId, string Reference, bool ContactShared);

/// <summary>
/// A consultant's (or autoSend's) approval of a shortlist: renders the email, queues it in the outbox, creates the
/// feedback token and records the approval, all in the caller's DbContext, so one SaveChanges commits all of it.
/// </summary>
public sealed class ShortlistApproval(CandidateReferences references, IOptions<EmailOptions> email, DeliveryLinks links, TimeProvider clock)
{
    public async Task<IReadOnlyList<SentCandidate>> ApproveAsync(CandidateBankDb db, JobOrderRecord record, JobOrderTracking tracking,
        IReadOnlyCollection<string> removedCandidateIds, string approvedBy, CancellationToken cancellationToken)
    {
        var order = JsonSerializer.Deserialize<JobOrder>(record.OrderJson, ContractJson.Options)!;
        var shortlist = JsonSerializer.Deserialize<Shortlist>(record.ShortlistJson!, ContractJson.Options)!;
        var kept = shortlist.Candidates.Where(c => !removedCandidateIds.Contains(c.CandidateId)).ToList();
        var ids = kept.Select(c => c.CandidateId).ToList();
        // Read now, not when shortlisted: a candidate withdrawn since is no longer ours to send.
        var profiles = (await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.CandidateId)).ToListAsync(cancellationToken))
            .ToDictionary(c => c.CandidateId, c => JsonSerializer.Deserialize<CandidateProfile>(c.ProfileJson, ContractJson.Options)!);
        var candidates = kept.Where(c => profiles.ContainsKey(c.CandidateId))
            .Select((c, i) => new ShortlistEmailCandidate(i + 1, references.For(c.CandidateId), profiles[c.CandidateId], c))
            .ToList();

        var token = FeedbackTokens.New();
        db.Feedback.Add(new FeedbackRecord { TokenHash = FeedbackTokens.Hash(token), JobOrderId = record.Id });
        var message = Outbox.NewMessage(email.Value, EmailKind.Shortlist, record.Id);
        message.Date = clock.GetUtcNow();
        ShortlistEmail.Compose(message, order, candidates, order.JobCentre, links.Feedback(token));
        Outbox.Add(db, EmailKind.Shortlist, record.Id, message, clock.GetUtcNow());

        var sent = candidates.Select(c => new SentCandidate(c.Match.CandidateId, c.Reference, c.SharesContact)).ToList();
        // The disclosure is logged with the approval: if the email is queued, the citizen's access log says so.
        db.AccessLog.AddRange(candidates.Select(c => new AccessLogEntry
        {
            CandidateId = c.Match.CandidateId, JobCentre = c.Profile.JobCentre, At = clock.GetUtcNow(), Actor = approvedBy,
            Action = AccessActions.SentToCompany, JobOrderId = record.Id,
            Purpose = $"Shortlist sendt til {order.Company.Name} (CVR {order.Company.Cvr}){(c.SharesContact ? " med kontaktoplysninger" : " uden navn og kontaktoplysninger")}",
        }));
        tracking.ApprovedAt = clock.GetUtcNow();
        tracking.ApprovedBy = approvedBy;
        tracking.SentCandidatesJson = JsonSerializer.Serialize(sent, ContractJson.Options);
        tracking.DeliveryStatus = DeliveryStatus.Pending;
        return sent;
    }
}

/// <summary>Links in emails point at <c>CandidateBank:PublicBaseUrl</c>, the address companies reach the service at.</summary>
public sealed record DeliveryLinks(string PublicBaseUrl)
{
    public string Feedback(string token) => $"{PublicBaseUrl.TrimEnd('/')}/feedback/{token}";
}
