namespace CandidateBank.Bench.Postgres;

/// <summary>
/// The tables of the PostgreSQL peer, as a municipal IT department would write them: one row per profile with the
/// hard requirements as plain columns and arrays, and a tsvector over the text under the built-in <c>danish</c>
/// configuration. The tsvector is a stored generated column, so COPY fills it with no second pass over the rows.
/// </summary>
internal static class PeerSchema
{
    public const string CreateTables = """
        CREATE TABLE municipality_distance (
            from_code integer NOT NULL,
            to_code integer NOT NULL,
            km double precision NOT NULL,
            PRIMARY KEY (to_code, from_code)
        );
        CREATE TABLE profile (
            candidate_id text PRIMARY KEY,
            headline text NOT NULL,
            occupation_titles text NOT NULL,
            skills text NOT NULL,
            certificates text NOT NULL,
            summary text NOT NULL,
            certificate_keys text[] NOT NULL,
            licence_entitlements text[] NOT NULL,
            languages text[] NOT NULL,
            employment_types text[] NOT NULL,
            home_code integer NOT NULL,
            max_commute_km integer NOT NULL,
            available_from date NOT NULL,
            share_across_networks boolean NOT NULL,
            network text,
            document tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('danish'::regconfig, headline), 'A') ||
                setweight(to_tsvector('danish'::regconfig, occupation_titles), 'A') ||
                setweight(to_tsvector('danish'::regconfig, skills), 'B') ||
                setweight(to_tsvector('danish'::regconfig, certificates), 'C') ||
                setweight(to_tsvector('danish'::regconfig, summary), 'D')) STORED
        );
        """;

    public const string CopyDistances = "COPY municipality_distance (from_code, to_code, km) FROM STDIN (FORMAT BINARY)";

    public const string CopyProfiles = """
        COPY profile (candidate_id, headline, occupation_titles, skills, certificates, summary, certificate_keys,
                      licence_entitlements, languages, employment_types, home_code, max_commute_km, available_from,
                      share_across_networks, network)
        FROM STDIN (FORMAT BINARY)
        """;

    // Indexes after the load: building a GIN index once is far cheaper than maintaining it row by row.
    public const string CreateIndexes = """
        CREATE INDEX profile_document ON profile USING gin (document);
        CREATE INDEX profile_certificate_keys ON profile USING gin (certificate_keys);
        ANALYZE municipality_distance;
        ANALYZE profile;
        """;
}
