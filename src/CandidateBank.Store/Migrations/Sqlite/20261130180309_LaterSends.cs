using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CandidateBank.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LaterSends : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TakenOffJson",
                table: "Tracking",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailId",
                table: "Feedback",
                type: "TEXT",
                nullable: true);

            // Feedback links from before later sends belong to the order's one shortlist email.
            migrationBuilder.Sql("""UPDATE Feedback SET EmailId = 'shortlist-' || JobOrderId WHERE EmailId IS NULL""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TakenOffJson",
                table: "Tracking");

            migrationBuilder.DropColumn(
                name: "EmailId",
                table: "Feedback");
        }
    }
}
