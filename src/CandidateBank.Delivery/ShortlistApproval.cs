using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Rules;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CandidateBank.Delivery;

/// <summary>A candidate as sent: the reference the company saw, so the job centre can resolve it.</summary>
public sealed record SentCandidate(string CandidateId, string Reference, bool ContactShared);

/// <summary>
/// A consultant's (or autoSend's) approval of a shortlist: renders the email, queues it in the outbox, creates the
/// feedback token and records the approval, all in the caller's DbContext, so one SaveChanges commits all of it.
/// </summary>
public sealed class ShortlistApproval(CandidateReferences references, IOptions<EmailOptions> email, DeliveryLinks links,
    CandidateSentNotice notice, CandidateIndex index, TimeProvider clock)
{
    private readonly HardRules _rules = new(index.Rules);

    public async Task<IReadOnlyList<SentCandidate>> ApproveAsync(CandidateBankDb db, JobOrderRecord record, JobOrderTracking tracking,
        IReadOnlyCollection<string> removedCandidateIds, string approvedBy, CancellationToken cancellationToken)
    {
        var order = record.Order;
        var kept = record.Shortlist!.Candidates.Where(c => !removedCandidateIds.Contains(c.CandidateId)).ToList();
        var (message, candidates) = await ComposeAsync(db, record, order, kept, cancellationToken);
        Outbox.Add(db, EmailKind.Shortlist, record.Id, message, clock.GetUtcNow());
        notice.Queue(db, record, candidates, clock.GetUtcNow());

        // The disclosure is logged with the approval: if the email is queued, the citizen's access log says so.
        db.AccessLog.AddRange(candidates.Select(c => new AccessLogEntry
        {
            CandidateId = c.Match.CandidateId, JobCentre = c.Profile.JobCentre, At = clock.GetUtcNow(), Actor = approvedBy,
            Action = AccessActions.SentToCompany, JobOrderId = record.Id,
            Purpose = $"Shortlist sendt til {order.Company.Name} (CVR {order.Company.Cvr}){(c.SharesContact ? " med kontaktoplysninger" : " uden navn og kontaktoplysninger")}",
        }));
        tracking.ApprovedAt = clock.GetUtcNow();
        tracking.ApprovedBy = approvedBy;
        tracking.DeliveryStatus = DeliveryStatus.Pending;
        return Record(tracking, candidates);
    }

    /// <summary>
    /// Before a queued shortlist email goes out, the candidates are read again: one erased since the approval (right to
    /// erasure, retention), or whose newer version no longer passes the order's hard rules (consent across networks
    /// withdrawn, among others), is taken out, and one who withdrew consent to share contact details is sent as a
    /// reference only. The email is then composed again; false when nothing changed.
    /// </summary>
    public async Task<bool> RecomposeIfChangedAsync(CandidateBankDb db, OutgoingEmail email, CancellationToken cancellationToken)
    {
        var tracking = await db.Tracking.FirstOrDefaultAsync(t => t.JobOrderId == email.JobOrderId, cancellationToken);
        if (tracking?.SentCandidatesJson is null) return false;
        var approved = JsonSerializer.Deserialize<List<SentCandidate>>(tracking.SentCandidatesJson, ContractJson.Options)!;
        var ids = approved.Select(c => c.CandidateId).ToList();
        var profiles = (await db.Candidates.AsNoTracking().Where(c => ids.Contains(c.CandidateId)).Select(c => new { c.CandidateId, c.ProfileJson })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => c.CandidateId, c => JsonSerializer.Deserialize<CandidateProfile>(c.ProfileJson, ContractJson.Options)!, StringComparer.Ordinal);
        var record = await db.JobOrders.FirstAsync(o => o.Id == email.JobOrderId, cancellationToken);
        var still = approved.Where(c => profiles.TryGetValue(c.CandidateId, out var profile) && _rules.Violations(record.Order, profile).Count == 0).ToList();
        if (still.Count == approved.Count && still.All(c => c.ContactShared == profiles[c.CandidateId].Consent.ShareWithEmployers)) return false;

        var keep = still.Select(c => c.CandidateId).ToHashSet(StringComparer.Ordinal);
        // The old email's feedback link goes with it.
        db.Feedback.RemoveRange(db.Feedback.Where(f => f.JobOrderId == record.Id && f.RatedAt == null));
        var (message, candidates) = await ComposeAsync(db, record, record.Order, record.Shortlist!.Candidates.Where(c => keep.Contains(c.CandidateId)).ToList(), cancellationToken);
        email.Mime = Outbox.Bytes(message);
        Record(tracking, candidates);
        return true;
    }

    /// <summary>The email for the approved candidates still stored, with a new feedback link (its token is added to the store).</summary>
    private async Task<(MimeMessage Message, List<ShortlistEmailCandidate> Candidates)> ComposeAsync(CandidateBankDb db, JobOrderRecord record,
        JobOrder order, IReadOnlyList<ShortlistedCandidate> kept, CancellationToken cancellationToken)
    {
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
        return (message, candidates);
    }

    private static List<SentCandidate> Record(JobOrderTracking tracking, List<ShortlistEmailCandidate> candidates)
    {
        var sent = candidates.Select(c => new SentCandidate(c.Match.CandidateId, c.Reference, c.SharesContact)).ToList();
        tracking.SentCandidatesJson = JsonSerializer.Serialize(sent, ContractJson.Options);
        tracking.SentCount = sent.Count;
        return sent;
    }
}

/// <summary>Links in emails point at <c>CandidateBank:PublicBaseUrl</c>, the address companies reach the service at.</summary>
public sealed record DeliveryLinks(string PublicBaseUrl)
{
    public string Feedback(string token) => $"{PublicBaseUrl.TrimEnd('/')}/feedback/{token}";
}
