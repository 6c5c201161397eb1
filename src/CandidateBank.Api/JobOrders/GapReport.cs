using CandidateBank.Contracts;

namespace CandidateBank.Api.JobOrders;

/// <summary>
/// Which short course would bring most near-miss candidates onto a job order's shortlist: for each missing
/// certificate, how many would qualify with that course alone, and how many need it among others.
/// </summary>
public sealed record GapReport(string JobOrderId, int QualifiedCount, IReadOnlyList<CertificateGap> Certificates)
{
    public static GapReport From(Shortlist shortlist) => new(
        shortlist.JobOrderId,
        shortlist.QualifiedCount,
        shortlist.NearMisses
            .SelectMany(n => n.Missing.Select(certificate => (certificate, alone: n.Missing.Count == 1)))
            .GroupBy(g => g.certificate, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CertificateGap(g.Key, g.Count(x => x.alone), g.Count()))
            .OrderByDescending(g => g.UnlocksAlone).ThenByDescending(g => g.NeededBy).ThenBy(g => g.Certificate, StringComparer.Ordinal)
            .ToList());
}

public sealed record CertificateGap(string Certificate, int UnlocksAlone, int NeededBy);
