using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CandidateBank.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CandidatesPerJobCentre : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_Candidates",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_JobCentre_CandidateId",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_AccessLog_CandidateId_At",
                table: "AccessLog");

            migrationBuilder.AddColumn<string>(
                name: "JobCentre",
                table: "Outcomes",
                type: "text",
                nullable: false,
                defaultValue: "");


            migrationBuilder.AddPrimaryKey(
                name: "PK_Candidates",
                table: "Candidates",
                columns: new[] { "JobCentre", "CandidateId" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_JobCentre_CandidateId_At",
                table: "AccessLog",
                columns: new[] { "JobCentre", "CandidateId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_Candidates",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_AccessLog_JobCentre_CandidateId_At",
                table: "AccessLog");

            migrationBuilder.DropColumn(
                name: "JobCentre",
                table: "Outcomes");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Candidates",
                table: "Candidates",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_JobCentre_CandidateId",
                table: "Candidates",
                columns: new[] { "JobCentre", "CandidateId" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_CandidateId_At",
                table: "AccessLog",
                columns: new[] { "CandidateId", "At" });
        }
    }
}
