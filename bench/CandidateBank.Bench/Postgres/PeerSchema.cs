namespace CandidateBank.Bench.Postgres;

/// <summary>
/// The table of the PostgreSQL peer: one row per profile with the hard-rule terms as one GIN-indexed array (the terms
/// CandidateBank's index holds) and a tsvector over the text under the built-in <c>danish</c> configuration. The
/// tsvector is a stored generated column, so COPY fills it with no second pass over the rows.
/// </summary>
internal static class PeerSchema
{
    public const string CreateTables = """
        CREATE TABLE profile (
            candidate_id text PRIMARY KEY,
            headline text NOT NULL,
            occupation_titles text NOT NULL,
            skills text NOT NULL,
            certificates text NOT NULL,
            summary text NOT NULL,
            rule_terms text[] NOT NULL,
            available_from date NOT NULL,
            document tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('danish'::regconfig, headline), 'A') ||
                setweight(to_tsvector('danish'::regconfig, occupation_titles), 'A') ||
                setweight(to_tsvector('danish'::regconfig, skills), 'B') ||
                setweight(to_tsvector('danish'::regconfig, certificates), 'C') ||
                setweight(to_tsvector('danish'::regconfig, summary), 'D')) STORED
        );
        """;

    public const string CopyProfiles = """
        COPY profile (candidate_id, headline, occupation_titles, skills, certificates, summary, rule_terms, available_from)
        FROM STDIN (FORMAT BINARY)
        """;

    // Indexes after the load: building a GIN index once is far cheaper than maintaining it row by row.
    public const string CreateIndexes = """
        CREATE INDEX profile_document ON profile USING gin (document);
        CREATE INDEX profile_rule_terms ON profile USING gin (rule_terms);
        ANALYZE profile;
        """;
}
