using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CandidateBank.Store.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "QualifiedCount",
                table: "JobOrders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Target",
                table: "JobOrders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // What orders and deliveries before these columns already say: sent counts, qualified counts and targets.
            migrationBuilder.Sql("""
                UPDATE "Tracking" SET "SentCount" = coalesce(jsonb_array_length("SentCandidatesJson"::jsonb), 0) WHERE "SentCandidatesJson" IS NOT NULL;
                UPDATE "JobOrders" SET "QualifiedCount" = coalesce(("ShortlistJson"::jsonb ->> 'qualifiedCount')::int, 0) WHERE "ShortlistJson" IS NOT NULL;
                UPDATE "JobOrders" SET "Target" = coalesce(("OrderJson"::jsonb ->> 'wanted')::int, greatest(4, coalesce(("OrderJson"::jsonb ->> 'positions')::int, 1)));
                """);

            migrationBuilder.CreateTable(
                name: "Outcomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JobOrderId = table.Column<string>(type: "text", nullable: false),
                    CandidateId = table.Column<string>(type: "text", nullable: false),
                    Outcome = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true)
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
