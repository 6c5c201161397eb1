using System.Diagnostics;

namespace CandidateBank.Matching.Telemetry;

/// <summary>
/// CandidateBank's own spans. With ASP.NET Core's and MassTransit's, one job order is one trace: the POST, the publish,
/// the consume that shortlists it, and the email, which the outbox sends later under the trace it was queued in.
/// </summary>
public static class CandidateBankActivity
{
    public const string Name = "CandidateBank";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>A span continuing the trace whose W3C <c>traceparent</c> was kept with the work; a new trace when none was.</summary>
    public static Activity? StartContinuing(string name, string? traceParent, ActivityKind kind = ActivityKind.Internal) =>
        Source.StartActivity(name, kind, ActivityContext.TryParse(traceParent, null, out var parent) ? parent : default);
}
