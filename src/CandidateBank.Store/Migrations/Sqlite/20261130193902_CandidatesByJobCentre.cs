using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CandidateBank.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CandidatesByJobCentre : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Candidates_JobCentre",
                table: "Candidates");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_JobCentre_CandidateId",
                table: "Candidates",
                columns: new[] { "JobCentre", "CandidateId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Candidates_JobCentre_CandidateId",
                table: "Candidates");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_JobCentre",
                table: "Candidates",
                column: "JobCentre");
        }
    }
}
