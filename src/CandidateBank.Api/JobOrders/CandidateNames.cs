using CandidateBank.Contracts;

namespace CandidateBank.Api.JobOrders;

/// <summary>
/// How a request names a candidate on an order (to take off, or to record an outcome for): by id, or as
/// <c>jobCentre/id</c> when two job centres' candidates on the order share the id.
/// </summary>
public static class CandidateNames
{
    /// <summary>The one candidate <paramref name="name"/> names, or why none: not there, or two share the id.</summary>
    public static (T? Candidate, string? Refusal) Resolve<T>(string name, IEnumerable<T> candidates, Func<T, CandidateKey> key) where T : class
    {
        var named = candidates.Where(c => key(c).IsNamedBy(name)).ToList();
        return named switch
        {
            [var one] => (one, null),
            [] => (null, null),
            _ => (null, $"'{name}' names candidates of {string.Join(" and ", named.Select(c => $"'{key(c).JobCentre}'"))}: name one as " +
                        string.Join(" or ", named.Select(c => $"'{key(c)}'")) + "."),
        };
    }
}
