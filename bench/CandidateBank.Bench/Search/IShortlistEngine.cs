using CandidateBank.Contracts;

namespace CandidateBank.Bench.Search;

/// <summary>
/// What the search benchmark measures side by side: CandidateBank's own engine, or a peer a municipality might build
/// instead, each given the same profiles and asked the same job orders.
/// </summary>
public interface IShortlistEngine : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Loads the profiles, ready to be searched when the task completes.</summary>
    Task LoadAsync(IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken);

    /// <summary>The ids of the best <paramref name="count"/> candidates that meet the order's hard requirements, best first.</summary>
    Task<IReadOnlyList<string>> ShortlistAsync(JobOrder order, int count, CancellationToken cancellationToken);
}
