using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CandidateBank.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrderActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastActivityAt",
                table: "JobOrders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // The last thing that happened to each order so far, so none expires for a quiet spell it did not have.
            migrationBuilder.Sql("""
                UPDATE "JobOrders" SET "LastActivityAt" = greatest("ReceivedAt", coalesce("ShortlistedAt", 0),
                    coalesce((SELECT "SentAt" FROM "Tracking" WHERE "Tracking"."JobOrderId" = "JobOrders"."Id"), 0),
                    coalesce((SELECT max("RecordedAt") FROM "Outcomes" WHERE "Outcomes"."JobOrderId" = "JobOrders"."Id"), 0));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastActivityAt",
                table: "JobOrders");
        }
    }
}
