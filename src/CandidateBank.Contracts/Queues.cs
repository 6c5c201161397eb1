namespace CandidateBank.Contracts;

/// <summary>
/// The indexer's queues, as partners and operators see them (docs/partners.md); MassTransit moves a message that
/// cannot be applied to the queue's name plus <see cref="ErrorSuffix"/>. With a replica id, the profile, withdrawal
/// and expiry queues carry it (<c>candidate-profile-r2</c>).
/// </summary>
public static class Queues
{
    public const string CandidateProfile = "candidate-profile";
    public const string CandidateWithdrawn = "candidate-withdrawn";
    public const string CandidateProfileExpired = "candidate-profile-expired";
    public const string JobOrder = "job-order";
    public const string TenderAwarded = "tender-awarded";
    public const string ErrorSuffix = "_error";

    public static IReadOnlyList<string> All { get; } = [CandidateProfile, CandidateWithdrawn, CandidateProfileExpired, JobOrder, TenderAwarded];
}
