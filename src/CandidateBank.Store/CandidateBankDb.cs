using Microsoft.EntityFrameworkCore;

namespace CandidateBank.Store;

/// <summary>
/// The system of record. The Lucene index can always be rebuilt from it; never the other way round.
/// One model, two providers: <see cref="SqliteCandidateBankDb"/> and <see cref="PostgresCandidateBankDb"/> each own the
/// migrations of their dialect (Migrations/Sqlite, Migrations/Postgres); everything else asks for this type.
/// </summary>
public abstract class CandidateBankDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<CandidateRecord> Candidates => Set<CandidateRecord>();
    public DbSet<JobOrderRecord> JobOrders => Set<JobOrderRecord>();
    public DbSet<JobOrderTracking> Tracking => Set<JobOrderTracking>();
    public DbSet<OutgoingEmail> Outbox => Set<OutgoingEmail>();
    public DbSet<FeedbackRecord> Feedback => Set<FeedbackRecord>();
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<CompanyRecord> Companies => Set<CompanyRecord>();
    public DbSet<TenderRecord> Tenders => Set<TenderRecord>();
    public DbSet<CandidateOutcome> Outcomes => Set<CandidateOutcome>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<CandidateRecord>(candidate =>
        {
            // Ids are each job centre's own (CandidateKey); the key also lists a job centre's candidates in id order.
            candidate.HasKey(c => new { c.JobCentre, c.CandidateId });
            // Shortlists, erasures and access logs also look a candidate up by id alone (legacy shortlist entries name
            // no job centre): without this index each such lookup reads the whole key index.
            candidate.HasIndex(c => c.CandidateId);
        });
        model.Entity<JobOrderRecord>(order =>
        {
            order.HasKey(o => o.Id);
            order.HasIndex(o => o.Status);
            // Lists page by deadline within the job centres a consultant may read; a company's page finds its orders by CVR.
            order.HasIndex(o => new { o.JobCentre, o.Deadline, o.Id });
            order.HasIndex(o => new { o.Deadline, o.Id });
            order.HasIndex(o => o.CompanyCvr);
            order.Ignore(o => o.Order);
            order.Ignore(o => o.Shortlist);
        });
        model.Entity<JobOrderTracking>(tracking => tracking.HasKey(t => t.JobOrderId));
        model.Entity<OutgoingEmail>(email =>
        {
            email.HasKey(e => e.Id);
            email.HasIndex(e => new { e.Status, e.NextAttemptAt });
        });
        model.Entity<FeedbackRecord>(feedback =>
        {
            feedback.HasKey(f => f.TokenHash);
            feedback.HasIndex(f => f.JobOrderId);
        });
        model.Entity<ApiKeyRecord>(key =>
        {
            key.HasKey(k => k.Name);
            key.HasIndex(k => k.SecretSha256).IsUnique();
        });
        model.Entity<CompanyRecord>(company => company.HasKey(c => c.Cvr));
        model.Entity<TenderRecord>(tender =>
        {
            tender.HasKey(t => t.TenderId);
            tender.HasIndex(t => t.Cvr);
            tender.HasIndex(t => t.StartDate);
        });
        model.Entity<CandidateOutcome>(outcome =>
        {
            outcome.HasKey(o => o.Id);
            outcome.HasIndex(o => new { o.JobOrderId, o.CandidateId, o.Id });
        });
        model.Entity<AccessLogEntry>(entry =>
        {
            entry.ToTable("AccessLog");
            entry.HasIndex(e => new { e.JobCentre, e.CandidateId, e.At });
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so queries on time stay in SQL.
        // PostgreSQL could (timestamptz), but the same bigint on both keeps one schema and one upgrade path.
        conventions.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicks>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicks>();
    }
}
