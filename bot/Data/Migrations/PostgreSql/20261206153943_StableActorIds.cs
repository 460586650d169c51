using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipBot.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StableActorIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DoneById",
                table: "obligations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorId",
                table: "obligation_events",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoneById",
                table: "checklist_items",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorId",
                table: "audit_events",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DoneById",
                table: "obligations");

            migrationBuilder.DropColumn(
                name: "ActorId",
                table: "obligation_events");

            migrationBuilder.DropColumn(
                name: "DoneById",
                table: "checklist_items");

            migrationBuilder.DropColumn(
                name: "ActorId",
                table: "audit_events");
        }
    }
}
