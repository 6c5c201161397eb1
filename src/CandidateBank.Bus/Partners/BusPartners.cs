using CandidateBank.Contracts;
using CandidateBank.Matching.Geography;

namespace CandidateBank.Bus.Partners;

/// <summary>
/// Who may act for which job centre on the RabbitMQ bus. A partner is known by its AMQP login, which RabbitMQ
/// vouches for in each message's <c>user_id</c> property (the broker refuses a <c>user_id</c> other than the
/// publisher's own login), and <c>CandidateBank:Bus:Partners</c> maps each login to the one job centre it acts for.
/// CandidateBank's own login (<see cref="RabbitMqOptions.Username"/>) acts for whoever the REST API allowed.
/// </summary>
public sealed class BusPartners
{
    private readonly IReadOnlyDictionary<string, string> _jobCentreOf;
    private readonly string _server;

    public BusPartners(IReadOnlyDictionary<string, string> jobCentreOf, string serverUser)
    {
        var wrong = jobCentreOf.Where(p => !Municipalities.Denmark.Contains(p.Value)).Select(p => $"'{p.Value}' for AMQP user '{p.Key}' is not a Danish municipality")
            .Concat(jobCentreOf.Keys.Where(u => u == serverUser).Select(u => $"'{u}' is CandidateBank's own AMQP user (CandidateBank:Bus:RabbitMq:Username), not a partner"))
            .ToList();
        if (wrong.Count > 0) throw new InvalidOperationException($"CandidateBank:Bus:Partners: {string.Join("; ", wrong)}.");
        _jobCentreOf = jobCentreOf.ToDictionary(p => p.Key, p => Municipalities.Denmark.Canonical(p.Value), StringComparer.Ordinal);
        _server = serverUser;
    }

    public int Count => _jobCentreOf.Count;

    /// <summary>Who is really calling, or why the message may not be applied.</summary>
    public (BusCaller? Caller, string? Refusal) Identify(string? userId, object message)
    {
        var kind = message.GetType().Name;
        if (string.IsNullOrEmpty(userId))
            return (null, $"{kind} has no user_id property: publish with user_id set to your AMQP username (RabbitMQ checks it against your login), so the message is tied to your job centre.");
        if (userId == _server) return (new BusCaller(userId, null), null);
        if (!_jobCentreOf.TryGetValue(userId, out var own))
            return (null, $"AMQP user '{userId}' is not a partner job centre: CandidateBank:Bus:Partners maps each partner's AMQP user to its job centre.");
        if (message is JobOrder { JobCentre: null })
            return (null, $"JobOrder from AMQP user '{userId}' names no jobCentre; a partner's order is its own job centre's: set jobCentre to '{own}'.");
        var claimed = message switch
        {
            CandidateProfile profile => profile.JobCentre,
            CandidateWithdrawn withdrawn => withdrawn.JobCentre,
            JobOrder order => order.JobCentre,
            CandidateProfileExpired => null, // never a partner's to send
            _ => own, // a tender award is a fact about the market, acting for no job centre
        };
        if (claimed is null)
            return (null, $"{kind} is published by CandidateBank's retention sweep only, not by AMQP user '{userId}'.");
        if (!string.Equals(Municipalities.Denmark.Canonical(claimed), own, StringComparison.Ordinal))
            return (null, $"{kind} acts for job centre '{claimed}', but AMQP user '{userId}' publishes for job centre '{own}' only.");
        return (new BusCaller(userId, own), null);
    }
}

/// <summary>The verified sender of a consumed message: an AMQP login, and the job centre it acts for (none for CandidateBank itself).</summary>
public sealed record BusCaller(string AmqpUser, string? JobCentre)
{
    /// <summary>
    /// Who asked CandidateBank's REST API for what its own login publishes (the API key's name), for the access log. Read
    /// only from CandidateBank's own messages: a partner cannot name someone else as the actor.
    /// </summary>
    public const string OnBehalfOfHeader = "CandidateBank-On-Behalf-Of";

    /// <summary>How the access log names this caller.</summary>
    public string Actor => JobCentre is null ? AmqpUser : $"{AmqpUser} (AMQP, jobcenter {JobCentre})";
}
