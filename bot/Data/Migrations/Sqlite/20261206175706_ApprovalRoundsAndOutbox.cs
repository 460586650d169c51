using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApprovalRoundsAndOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approval_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RecipientId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReplacesMessageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PostedId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PostedConversationId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approval_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    DecidedByEntraId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedByRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RemindAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalateAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_rounds", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approval_outbox_Key",
                table: "approval_outbox",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approval_outbox_RoundId",
                table: "approval_outbox",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_approval_outbox_Status_NextAttemptAt",
                table: "approval_outbox",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_approval_rounds_CollaborationId_Round",
                table: "approval_rounds",
                columns: new[] { "CollaborationId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approval_rounds_Status_RequestedAt",
                table: "approval_rounds",
                columns: new[] { "Status", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approval_outbox");

            migrationBuilder.DropTable(
                name: "approval_rounds");
        }
    }
}
