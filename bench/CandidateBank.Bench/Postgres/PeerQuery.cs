using CandidateBank.Contracts;
using CandidateBank.Matching.Rules;
using Npgsql;
using NpgsqlTypes;

namespace CandidateBank.Bench.Postgres;

/// <summary>
/// One job order as SQL: the hard rules as WHERE clauses (commute through the table of municipality distances), the
/// ranking as <c>ts_rank_cd</c> against the OR of <c>plainto_tsquery('danish', …)</c> over the title, the
/// occupation and each skill the order names.
/// </summary>
internal static class PeerQuery
{
    public static NpgsqlCommand? Build(NpgsqlConnection connection, PeerRules rules, JobOrder order, int count)
    {
        if (rules.Code(order.WorkMunicipality) is not { } work) return null;
        var parts = new[] { order.Title, order.Occupation }.Concat(order.RequiredSkills).Concat(order.PreferredSkills)
            .Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var query = string.Join(" || ", parts.Select((_, i) => $"plainto_tsquery('danish'::regconfig, @part{i})"));
        var command = new NpgsqlCommand($"""
            WITH q AS (SELECT {query} AS query)
            SELECT p.candidate_id
            FROM profile p
            JOIN municipality_distance d ON d.from_code = p.home_code AND d.to_code = @work
            CROSS JOIN q
            WHERE d.km <= p.max_commute_km
              AND p.available_from <= @start
              AND @employment = ANY (p.employment_types)
              AND p.certificate_keys @> @certificates
              AND p.licence_entitlements @> @licences
              AND p.languages @> @languages
              AND (p.share_across_networks OR p.network = @network)
              AND p.document @@ q.query
            ORDER BY ts_rank_cd(p.document, q.query) DESC, p.candidate_id
            LIMIT @count
            """, connection);
        for (var i = 0; i < parts.Count; i++) command.Parameters.AddWithValue($"part{i}", parts[i]);
        command.Parameters.AddWithValue("work", work);
        command.Parameters.AddWithValue("start", order.StartDate);
        command.Parameters.AddWithValue("employment", order.EmploymentType.Trim().ToLowerInvariant());
        command.Parameters.AddWithValue("certificates", order.RequiredCertificates.Select(rules.CertificateKey).ToArray());
        command.Parameters.AddWithValue("licences", order.RequiredDriversLicences.Select(DriversLicences.Canonical).ToArray());
        command.Parameters.AddWithValue("languages", PeerRules.Lower(order.RequiredLanguages));
        command.Parameters.Add(new NpgsqlParameter("network", NpgsqlDbType.Text) { Value = (object?)rules.NetworkOf(order.WorkMunicipality) ?? DBNull.Value });
        command.Parameters.AddWithValue("count", count);
        return command;
    }
}
