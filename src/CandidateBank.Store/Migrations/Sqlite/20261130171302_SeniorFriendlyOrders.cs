using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CandidateBank.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SeniorFriendlyOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SeniorFriendly",
                table: "JobOrders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SeniorFriendly",
                table: "JobOrders");
        }
    }
}
