using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorEval.Storage.Database.Migrations
{
    /// <inheritdoc />
    public partial class AddParticipants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MenteeParticipantId",
                table: "pairs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MentorParticipantId",
                table: "pairs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantKey = table.Column<string>(type: "TEXT", nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pairs_MenteeParticipantId",
                table: "pairs",
                column: "MenteeParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_pairs_MentorParticipantId",
                table: "pairs",
                column: "MentorParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_participants_ParticipantKey",
                table: "participants",
                column: "ParticipantKey",
                unique: true);

            // Pairs stored before this migration: their mentors and mentees become participants, and the pairs point at them.
            migrationBuilder.Sql("""
                INSERT INTO participants (ParticipantKey, FirstSeenAt)
                SELECT Person, MIN(UpdatedAt) FROM (SELECT MentorId AS Person, UpdatedAt FROM pairs
                                                    UNION ALL SELECT MenteeId, UpdatedAt FROM pairs)
                GROUP BY Person;
                UPDATE pairs SET MentorParticipantId = (SELECT Id FROM participants WHERE ParticipantKey = pairs.MentorId),
                                 MenteeParticipantId = (SELECT Id FROM participants WHERE ParticipantKey = pairs.MenteeId);
                """);

            migrationBuilder.AddForeignKey(
                name: "FK_pairs_participants_MenteeParticipantId",
                table: "pairs",
                column: "MenteeParticipantId",
                principalTable: "participants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_pairs_participants_MentorParticipantId",
                table: "pairs",
                column: "MentorParticipantId",
                principalTable: "participants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_pairs_participants_MenteeParticipantId",
                table: "pairs");

            migrationBuilder.DropForeignKey(
                name: "FK_pairs_participants_MentorParticipantId",
                table: "pairs");

            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropIndex(
                name: "IX_pairs_MenteeParticipantId",
                table: "pairs");

            migrationBuilder.DropIndex(
                name: "IX_pairs_MentorParticipantId",
                table: "pairs");

            migrationBuilder.DropColumn(
                name: "MenteeParticipantId",
                table: "pairs");

            migrationBuilder.DropColumn(
                name: "MentorParticipantId",
                table: "pairs");
        }
    }
}
