using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipBot.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ServiceUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RecipientId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    RecipientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReplacesMessageId = table.Column<Guid>(type: "uuid", nullable: true),
                    PostedId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PostedConversationId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approval_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedById = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedById = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    DecidedByEntraId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedByRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RemindAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalateAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
