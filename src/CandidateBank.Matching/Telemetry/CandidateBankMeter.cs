using System.Diagnostics.Metrics;

namespace CandidateBank.Matching.Telemetry;

/// <summary>
/// The counters and histograms CandidateBank keeps about its own work, one definition for every project that records
/// them. Exported for Prometheus at <c>/metrics</c> as <c>candidatebank_…</c> series.
/// </summary>
public static class CandidateBankMeter
{
    public const string Name = "CandidateBank";

    public static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> ShortlistBuild = Meter.CreateHistogram<double>(
        "candidatebank.shortlist.build.duration", "s", "Time to build one job order's shortlist from the index");

    public static readonly Counter<long> ProfilesStored = Meter.CreateCounter<long>(
        "candidatebank.profiles.stored", description: "Profiles this server wrote to the store (a newer version of a stored one included)");

    public static readonly Counter<long> ProfilesIndexed = Meter.CreateCounter<long>(
        "candidatebank.profiles.indexed", description: "Profiles written to this server's index (every replica indexes every profile; one stores it)");

    public static readonly Counter<long> MessagesFaulted = Meter.CreateCounter<long>(
        "candidatebank.messages.faulted", description: "Consumed messages that failed; tag dead_lettered=true for those refused for good (to the error queue)");

    public static readonly Counter<long> EmailsSent = Meter.CreateCounter<long>(
        "candidatebank.emails.sent", description: "Emails the mail server accepted, by kind");

    public static readonly Counter<long> EmailFailures = Meter.CreateCounter<long>(
        "candidatebank.emails.failed", description: "Email delivery attempts that failed, by kind and whether for good");
}
