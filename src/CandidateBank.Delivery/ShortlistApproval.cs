using System.Text.Json;
using CandidateBank.Contracts;
using CandidateBank.Matching.Index;
using CandidateBank.Matching.Rules;
using CandidateBank.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CandidateBank.Delivery;

/// <summary>A candidate as sent: the reference the company saw, so the job centre can resolve it, and which of the order's emails named them.</summary>
/// <param name="JobCentre">The candidate's job centre; empty in deliveries recorded before two job centres could share an id.</param>
public sealed record SentCandidate(string CandidateId, string Reference, bool ContactShared, int Send = 1, string JobCentre = "")
{
    public CandidateKey Key() => new(JobCentre, CandidateId);

    /// <summary>The key, taking the job centre from the order's shortlist for a delivery recorded without one.</summary>
    public CandidateKey KeyOn(Shortlist shortlist) =>
        JobCentre.Length > 0 ? Key() : shortlist.Candidates.FirstOrDefault(c => c.CandidateId == CandidateId)?.Key() ?? Key();

    public static List<SentCandidate> Read(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<SentCandidate>>(json, ContractJson.Options)!;
}

/// <summary>What the dispatcher must do with a queued shortlist email after its candidates were read again.</summary>
public enum Recomposed { Unchanged, Changed, NothingLeft }

/// <summary>
/// A consultant's (or autoSend's) approval of a shortlist: renders the email, queues it in the outbox, creates the
/// feedback token and records the approval, all in the caller's DbContext, so one SaveChanges commits all of it.
/// The first approval sends the shortlist; each later one sends only the candidates new since (<see cref="Shortlist.NewSinceSent"/>).
/// </summary>
public sealed class ShortlistApproval(CandidateReferences references, IOptions<EmailOptions> email, DeliveryLinks links,
    CandidateSentNotice notice, CandidateIndex index, TimeProvider clock)
{
    private readonly HardRules _rules = new(index.Rules);

    /// <summary>The candidates a send would email, before the consultant takes any off: the whole list first, then the new ones.</summary>
    public static IReadOnlyList<ShortlistedCandidate> Offered(Shortlist shortlist, JobOrderTracking? tracking) =>
        tracking?.ApprovedAt is null ? shortlist.Candidates
            : shortlist.Candidates.Where(c => shortlist.NewSinceSent.Contains(c.CandidateId) && !OfferedBefore(tracking, c.Key())).ToList();

    /// <summary>Whether an earlier email of the order named the candidate, or the consultant took them off before one.</summary>
    public static bool OfferedBefore(JobOrderTracking? tracking, CandidateKey candidate) =>
        SentCandidate.Read(tracking?.SentCandidatesJson).Any(c => c.Key().Matches(candidate)) || TakenOff(tracking).Any(candidate.IsNamedBy);

    public async Task<IReadOnlyList<SentCandidate>> ApproveAsync(CandidateBankDb db, JobOrderRecord record, JobOrderTracking tracking,
        IReadOnlyCollection<CandidateKey> removed, string approvedBy, CancellationToken cancellationToken)
    {
        var order = record.Order;
        var now = clock.GetUtcNow();
        var send = tracking.ApprovedAt is null ? 1 : await db.Outbox.CountAsync(e => e.JobOrderId == record.Id && e.Kind == EmailKind.Shortlist, cancellationToken) + 1;
        var kept = Offered(record.Shortlist!, tracking).Where(c => !removed.Contains(c.Key())).ToList();
        var (message, candidates) = await ComposeAsync(db, record, kept, send, cancellationToken);
        Outbox.Add(db, EmailKind.Shortlist, record.Id, message, now);
        notice.Queue(db, record, candidates, send, now);

        // The disclosure is logged with the approval: if the email is queued, the citizen's access log says so.
        db.AccessLog.AddRange(candidates.Select(c => new AccessLogEntry
        {
            CandidateId = c.Match.CandidateId, JobCentre = c.Profile.JobCentre, At = now, Actor = approvedBy,
            Action = AccessActions.SentToCompany, JobOrderId = record.Id,
            Purpose = $"Shortlist sendt til {order.Company.Name} (CVR {order.Company.Cvr}){(c.SharesContact ? " med kontaktoplysninger" : " uden navn og kontaktoplysninger")}",
        }));
        if (send == 1) (tracking.ApprovedAt, tracking.ApprovedBy, tracking.DeliveryStatus) = (now, approvedBy, DeliveryStatus.Pending);
        tracking.TakenOffJson = JsonSerializer.Serialize(TakenOff(tracking).Union(removed.Select(c => c.ToString())).ToList(), ContractJson.Options);
        record.Revise(record.Shortlist! with { NewSinceSent = [] });
        record.Touch(now);
        return Record(tracking, send, candidates);
    }

    /// <summary>The candidates taken off before a send, each named as <see cref="CandidateKey.IsNamedBy"/> reads.</summary>
    public static IReadOnlyList<string> TakenOff(JobOrderTracking? tracking) =>
        tracking?.TakenOffJson is { } json ? JsonSerializer.Deserialize<List<string>>(json, ContractJson.Options)! : [];

    /// <summary>
    /// Before a queued shortlist email goes out, its candidates are read again: one erased since the approval (right to
    /// erasure, retention), or whose newer version no longer passes the order's hard rules (consent across networks
    /// withdrawn, among others), is taken out, and one who withdrew consent to share contact details is sent as a
    /// reference only. The email is then composed again. A later send left with no one is not sent at all.
    /// </summary>
    public async Task<Recomposed> RecomposeIfChangedAsync(CandidateBankDb db, OutgoingEmail email, CancellationToken cancellationToken)
    {
        var tracking = await db.Tracking.FirstOrDefaultAsync(t => t.JobOrderId == email.JobOrderId, cancellationToken);
        if (tracking?.SentCandidatesJson is null) return Recomposed.Unchanged;
        var send = Outbox.SendOf(email.Id, email.JobOrderId);
        var approved = SentCandidate.Read(tracking.SentCandidatesJson).Where(c => c.Send == send).ToList();
        var record = await db.JobOrders.FirstAsync(o => o.Id == email.JobOrderId, cancellationToken);
        var keys = approved.Select(c => c.KeyOn(record.Shortlist!)).ToList();
        var profiles = (await db.Candidates.AsNoTracking().ByKeysAsync(keys, cancellationToken))
            .ToDictionary(c => c.Key, c => JsonSerializer.Deserialize<CandidateProfile>(c.Value.ProfileJson, ContractJson.Options)!);
        var still = approved.Zip(keys).Where(c => profiles.TryGetValue(c.Second, out var profile) && _rules.Violations(record.Order, profile).Count == 0).ToList();
        if (still.Count == approved.Count && still.All(c => c.First.ContactShared == profiles[c.Second].Consent.ShareWithEmployers)) return Recomposed.Unchanged;

        // The old email's feedback link goes with it.
        db.Feedback.RemoveRange(db.Feedback.Where(f => f.EmailId == email.Id && f.RatedAt == null));
        if (still.Count == 0 && send > 1)
        {
            Record(tracking, send, []);
            return Recomposed.NothingLeft;
        }
        var keep = still.Select(c => c.Second).ToHashSet();
        var (message, candidates) = await ComposeAsync(db, record, record.Shortlist!.Candidates.Where(c => keep.Contains(c.Key())).ToList(), send, cancellationToken);
        email.Mime = Outbox.Bytes(message);
        Record(tracking, send, candidates);
        return Recomposed.Changed;
    }

    /// <summary>The email for the approved candidates still stored, with a new feedback link (its token is added to the store).</summary>
    private async Task<(MimeMessage Message, List<ShortlistEmailCandidate> Candidates)> ComposeAsync(CandidateBankDb db, JobOrderRecord record,
        IReadOnlyList<ShortlistedCandidate> kept, int send, CancellationToken cancellationToken)
    {
        // Read now, not when shortlisted: a candidate withdrawn since is no longer ours to send.
        var profiles = (await db.Candidates.AsNoTracking().ByKeysAsync(kept.Select(c => c.Key()), cancellationToken))
            .ToDictionary(c => c.Key, c => JsonSerializer.Deserialize<CandidateProfile>(c.Value.ProfileJson, ContractJson.Options)!);
        var candidates = kept.Where(c => profiles.ContainsKey(c.Key()))
            .Select((c, i) => new ShortlistEmailCandidate(i + 1, references.For(c.Key()), profiles[c.Key()], c))
            .ToList();

        var token = FeedbackTokens.New();
        var message = Outbox.NewMessage(email.Value, EmailKind.Shortlist, record.Id, Outbox.ShortlistInstance(send));
        db.Feedback.Add(new FeedbackRecord { TokenHash = FeedbackTokens.Hash(token), JobOrderId = record.Id, EmailId = message.MessageId!.Split('@')[0] });
        message.Date = clock.GetUtcNow();
        ShortlistEmail.Compose(message, record.Order, candidates, record.Order.JobCentre, links.Feedback(token), laterSend: send > 1);
        return (message, candidates);
    }

    private static List<SentCandidate> Record(JobOrderTracking tracking, int send, List<ShortlistEmailCandidate> candidates)
    {
        var sent = candidates.Select(c => new SentCandidate(c.Match.CandidateId, c.Reference, c.SharesContact, send, c.Match.JobCentre)).ToList();
        var all = SentCandidate.Read(tracking.SentCandidatesJson).Where(c => c.Send != send).Concat(sent).OrderBy(c => c.Send).ToList();
        tracking.SentCandidatesJson = JsonSerializer.Serialize(all, ContractJson.Options);
        tracking.SentCount = all.Count(c => c.Send == 1);
        return sent;
    }
}

/// <summary>Links in emails point at <c>CandidateBank:PublicBaseUrl</c>, the address companies reach the service at.</summary>
public sealed record DeliveryLinks(string PublicBaseUrl)
{
    public string Feedback(string token) => $"{PublicBaseUrl.TrimEnd('/')}/feedback/{token}";
}
