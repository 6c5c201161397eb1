using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CandidateBank.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutcomeJobCentres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Until now an id named one candidate: the outcomes of a candidate still stored take its job centre; those
            // of a candidate erased since keep "", which matches the id at any job centre. Its own migration, because
            // SQLite rebuilds the Candidates table in the one before.
            migrationBuilder.Sql(@"UPDATE Outcomes SET JobCentre = COALESCE((SELECT c.JobCentre FROM Candidates c WHERE c.CandidateId = Outcomes.CandidateId), '');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
