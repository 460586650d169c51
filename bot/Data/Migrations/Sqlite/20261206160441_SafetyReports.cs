using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SafetyReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "safety_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Kinds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Matched = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UserChannel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LocalTime = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TurnId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CollaborationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredTo = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_reports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_safety_reports_ReceivedAt",
                table: "safety_reports",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_safety_reports_Reference",
                table: "safety_reports",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_safety_reports_Status_NextAttemptAt",
                table: "safety_reports",
                columns: new[] { "Status", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "safety_reports");
        }
    }
}
