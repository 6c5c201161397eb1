using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CandidateBank.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CandidatesPerJobCentre : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Candidates_JobCentre_CandidateId",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_AccessLog_CandidateId_At",
                table: "AccessLog");

            migrationBuilder.AddColumn<string>(
                name: "JobCentre",
                table: "Outcomes",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // The table rebuilt by hand, in the migration's transaction: EF's own rebuild turns foreign keys off outside
            // any transaction (the table has none), and warns on every first start.
            migrationBuilder.Sql(@"CREATE TABLE ""ef_temp_Candidates"" (
    ""JobCentre"" TEXT NOT NULL,
    ""CandidateId"" TEXT NOT NULL,
    ""IndexedAt"" INTEGER NULL,
    ""ProfileJson"" TEXT NOT NULL,
    ""PublishedAt"" INTEGER NOT NULL,
    ""Version"" INTEGER NOT NULL,
    CONSTRAINT ""PK_Candidates"" PRIMARY KEY (""JobCentre"", ""CandidateId"")
);
INSERT INTO ""ef_temp_Candidates"" (""JobCentre"", ""CandidateId"", ""IndexedAt"", ""ProfileJson"", ""PublishedAt"", ""Version"")
SELECT ""JobCentre"", ""CandidateId"", ""IndexedAt"", ""ProfileJson"", ""PublishedAt"", ""Version"" FROM ""Candidates"";
DROP TABLE ""Candidates"";
ALTER TABLE ""ef_temp_Candidates"" RENAME TO ""Candidates"";");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_JobCentre_CandidateId_At",
                table: "AccessLog",
                columns: new[] { "JobCentre", "CandidateId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AccessLog_JobCentre_CandidateId_At",
                table: "AccessLog");

            migrationBuilder.DropColumn(
                name: "JobCentre",
                table: "Outcomes");

            migrationBuilder.Sql(@"CREATE TABLE ""ef_temp_Candidates"" (
    ""JobCentre"" TEXT NOT NULL,
    ""CandidateId"" TEXT NOT NULL,
    ""IndexedAt"" INTEGER NULL,
    ""ProfileJson"" TEXT NOT NULL,
    ""PublishedAt"" INTEGER NOT NULL,
    ""Version"" INTEGER NOT NULL,
    CONSTRAINT ""PK_Candidates"" PRIMARY KEY (""CandidateId"")
);
INSERT INTO ""ef_temp_Candidates"" (""JobCentre"", ""CandidateId"", ""IndexedAt"", ""ProfileJson"", ""PublishedAt"", ""Version"")
SELECT ""JobCentre"", ""CandidateId"", ""IndexedAt"", ""ProfileJson"", ""PublishedAt"", ""Version"" FROM ""Candidates"";
DROP TABLE ""Candidates"";
ALTER TABLE ""ef_temp_Candidates"" RENAME TO ""Candidates"";");

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
