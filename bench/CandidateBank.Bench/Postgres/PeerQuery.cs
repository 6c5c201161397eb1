using CandidateBank.Contracts;
using Npgsql;

namespace CandidateBank.Bench.Postgres;

/// <summary>
/// One job order as SQL: each hard rule of <see cref="Matching.Rules.HardRuleTerms"/> as "the row's rule terms overlap
/// these" (<c>&amp;&amp;</c> on a GIN-indexed array) and availability as a date comparison; the ranking as
/// <c>ts_rank_cd</c> against the OR of <c>plainto_tsquery('danish', …)</c> over the title, the occupation and each skill.
/// </summary>
internal static class PeerQuery
{
    public static NpgsqlCommand Build(NpgsqlConnection connection, PeerRules rules, JobOrder order, int count)
    {
        var parts = new[] { order.Title, order.Occupation }.Concat(order.RequiredSkills).Concat(order.PreferredSkills)
            .Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var query = string.Join(" || ", parts.Select((_, i) => $"plainto_tsquery('danish'::regconfig, @part{i})"));
        var requirements = rules.For(order).Requirements;
        var filters = string.Concat(requirements.Select((_, i) => $"\n  AND p.rule_terms && @rule{i}"));
        var command = new NpgsqlCommand($"""
            WITH q AS (SELECT {query} AS query)
            SELECT p.candidate_id
            FROM profile p
            CROSS JOIN q
            WHERE p.available_from <= @start{filters}
              AND p.document @@ q.query
            ORDER BY ts_rank_cd(p.document, q.query) DESC, p.candidate_id
            LIMIT @count
            """, connection);
        for (var i = 0; i < parts.Count; i++) command.Parameters.AddWithValue($"part{i}", parts[i]);
        for (var i = 0; i < requirements.Count; i++) command.Parameters.AddWithValue($"rule{i}", requirements[i].AnyOf.Select(PeerRules.Term).ToArray());
        command.Parameters.AddWithValue("start", order.StartDate);
        command.Parameters.AddWithValue("count", count);
        return command;
    }
}
