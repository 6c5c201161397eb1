using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Store;

/// <summary>
/// Makes the access log append-only in the database itself, so not even plain SQL from an operator's console can
/// rewrite who saw a citizen's profile. Each provider has its own trigger dialect; the refusal message is the same.
/// </summary>
internal static class AccessLogGuard
{
    public const string Refusal = "The access log is append-only.";

    public static async Task InstallAsync(CandidateBankDb db, CancellationToken cancellationToken)
    {
        var statements = db.Database.IsNpgsql() ? Postgres : Sqlite;
        foreach (var statement in statements) await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
    }

    private static readonly string[] Sqlite =
    [
        $"CREATE TRIGGER IF NOT EXISTS AccessLogRefusesUpdate BEFORE UPDATE ON AccessLog BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;",
        $"CREATE TRIGGER IF NOT EXISTS AccessLogRefusesDelete BEFORE DELETE ON AccessLog BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;",
    ];

    // TRUNCATE bypasses row triggers on PostgreSQL, so it gets a statement trigger of its own.
    private static readonly string[] Postgres =
    [
        $"""
        CREATE OR REPLACE FUNCTION access_log_refuses_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{Refusal}' USING ERRCODE = 'insufficient_privilege';
        END $$;
        """,
        """
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'access_log_refuses_change' AND tgrelid = '"AccessLog"'::regclass) THEN
                CREATE TRIGGER access_log_refuses_change BEFORE UPDATE OR DELETE ON "AccessLog"
                    FOR EACH ROW EXECUTE FUNCTION access_log_refuses_change();
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'access_log_refuses_truncate' AND tgrelid = '"AccessLog"'::regclass) THEN
                CREATE TRIGGER access_log_refuses_truncate BEFORE TRUNCATE ON "AccessLog"
                    FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuses_change();
            END IF;
        END $$;
        """,
    ];
}
