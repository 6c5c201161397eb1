using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CandidateBank.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobOrderColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CompanyCvr",
                table: "JobOrders",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CompanyName",
                table: "JobOrders",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "JobCentre",
                table: "JobOrders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "JobOrders",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Orders received before these columns existed: copied from the stored order, so lists and tenancy filters see them.
            migrationBuilder.Sql("""
                UPDATE JobOrders SET
                    JobCentre = json_extract(OrderJson, '$.jobCentre'),
                    Title = coalesce(json_extract(OrderJson, '$.title'), ''),
                    CompanyCvr = coalesce(json_extract(OrderJson, '$.company.cvr'), ''),
                    CompanyName = coalesce(json_extract(OrderJson, '$.company.name'), '');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_JobOrders_CompanyCvr",
                table: "JobOrders",
                column: "CompanyCvr");

            migrationBuilder.CreateIndex(
                name: "IX_JobOrders_Deadline_Id",
                table: "JobOrders",
                columns: new[] { "Deadline", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_JobOrders_JobCentre_Deadline_Id",
                table: "JobOrders",
                columns: new[] { "JobCentre", "Deadline", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JobOrders_CompanyCvr",
                table: "JobOrders");

            migrationBuilder.DropIndex(
                name: "IX_JobOrders_Deadline_Id",
                table: "JobOrders");

            migrationBuilder.DropIndex(
                name: "IX_JobOrders_JobCentre_Deadline_Id",
                table: "JobOrders");

            migrationBuilder.DropColumn(
                name: "CompanyCvr",
                table: "JobOrders");

            migrationBuilder.DropColumn(
                name: "CompanyName",
                table: "JobOrders");

            migrationBuilder.DropColumn(
                name: "JobCentre",
                table: "JobOrders");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "JobOrders");
        }
    }
}
