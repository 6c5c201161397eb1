using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CandidateBank.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SentCount",
                table: "Tracking",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "QualifiedCount",
                table: "JobOrders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Target",
                table: "JobOrders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // What orders and deliveries before these columns already say: sent counts, qualified counts and targets.
            migrationBuilder.Sql("""
                UPDATE Tracking SET SentCount = coalesce(json_array_length(SentCandidatesJson), 0) WHERE SentCandidatesJson IS NOT NULL;
                UPDATE JobOrders SET QualifiedCount = coalesce(json_extract(ShortlistJson, '$.qualifiedCount'), 0) WHERE ShortlistJson IS NOT NULL;
                UPDATE JobOrders SET Target = coalesce(json_extract(OrderJson, '$.wanted'), max(4, coalesce(json_extract(OrderJson, '$.positions'), 1)));
                """);

            migrationBuilder.CreateTable(
                name: "Outcomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobOrderId = table.Column<string>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<string>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outcomes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outcomes_JobOrderId_CandidateId_Id",
                table: "Outcomes",
                columns: new[] { "JobOrderId", "CandidateId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Outcomes");

            migrationBuilder.DropColumn(
                name: "SentCount",
                table: "Tracking");

            migrationBuilder.DropColumn(
                name: "QualifiedCount",
                table: "JobOrders");

            migrationBuilder.DropColumn(
                name: "Target",
                table: "JobOrders");
        }
    }
}
