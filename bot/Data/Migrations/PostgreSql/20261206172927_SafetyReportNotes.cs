using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipBot.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SafetyReportNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoteOf",
                table: "safety_reports",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_safety_reports_UserChannel_UserId_ReceivedAt",
                table: "safety_reports",
                columns: new[] { "UserChannel", "UserId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_safety_reports_UserChannel_UserId_ReceivedAt",
                table: "safety_reports");

            migrationBuilder.DropColumn(
                name: "NoteOf",
                table: "safety_reports");
        }
    }
}
