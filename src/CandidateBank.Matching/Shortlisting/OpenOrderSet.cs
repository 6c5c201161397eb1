using CandidateBank.Contracts;
using CandidateBank.Matching.Rules;
using CandidateBank.Matching.Vocabulary;

namespace CandidateBank.Matching.Shortlisting;

/// <summary>
/// The hard rules of every open job order, compiled once, so that an arriving profile is checked against each open
/// order in memory (the same definition the index filters on, <see cref="HardRuleTerms"/>) and only the orders it
/// qualifies for are shortlisted again: incremental, not every order re-run.
/// </summary>
public sealed class OpenOrderSet(HardRuleTerms terms, TradeVocabulary vocabulary)
{
    private sealed record Compiled(string Id, JobOrder Order, bool TradeKnown, (string Field, string Term)[][] Requirements, int AvailableBy);

    private readonly Dictionary<string, Compiled> _orders = new(StringComparer.Ordinal);
    private Compiled[] _snapshot = [];

    public int Count => _snapshot.Length;

    public void Put(string jobOrderId, JobOrder order)
    {
        var rules = terms.For(order);
        var compiled = new Compiled(jobOrderId, order, vocabulary.Occupation(order.Occupation) is not null,
            rules.Requirements.Select(r => r.AnyOf.ToArray()).ToArray(), rules.AvailableBy);
        lock (_orders)
        {
            _orders[jobOrderId] = compiled;
            _snapshot = [.. _orders.Values];
        }
    }

    public void Remove(string jobOrderId)
    {
        lock (_orders)
        {
            if (_orders.Remove(jobOrderId)) _snapshot = [.. _orders.Values];
        }
    }

    /// <summary>
    /// The open orders <paramref name="profile"/> could join the shortlist of: it meets every hard rule, and it is in the
    /// order's trade as the shortlist requires (<see cref="OccupationMatch.Admits"/>).
    /// </summary>
    public IReadOnlyList<string> QualifyingFor(CandidateProfile profile)
    {
        var held = terms.HeldBy(profile).ToHashSet();
        var available = profile.AvailableFrom.DayNumber;
        var qualifying = new List<string>();
        foreach (var order in _snapshot)
            if (available <= order.AvailableBy && Meets(order.Requirements, held)
                && OccupationMatch.Admits(order.TradeKnown, OccupationMatch.Best(order.Order, profile.Occupations, vocabulary).Level))
                qualifying.Add(order.Id);
        return qualifying;
    }

    private static bool Meets((string Field, string Term)[][] requirements, HashSet<(string Field, string Term)> held)
    {
        foreach (var anyOf in requirements)
        {
            var met = false;
            foreach (var term in anyOf)
                if (held.Contains(term)) { met = true; break; }
            if (!met) return false;
        }
        return true;
    }
}
