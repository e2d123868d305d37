using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorEval.Storage.Database.Migrations
{
    /// <inheritdoc />
    public partial class PairMembershipHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pair_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PairId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pair_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pair_members_pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "pairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pair_members_participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pair_members_PairId",
                table: "pair_members",
                column: "PairId");

            migrationBuilder.CreateIndex(
                name: "IX_pair_members_ParticipantId",
                table: "pair_members",
                column: "ParticipantId");

            // Pairs stored before this migration: their mentor and mentee count as members since the pair's start.
            migrationBuilder.Sql("""
                INSERT INTO pair_members ("PairId", "Role", "MemberId", "ParticipantId", "Since")
                SELECT "Id", 'Mentor', "MentorId", "MentorParticipantId", "StartDate" FROM pairs
                UNION ALL
                SELECT "Id", 'Mentee', "MenteeId", "MenteeParticipantId", "StartDate" FROM pairs;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pair_members");

            migrationBuilder.DropTable(
                name: "settings");
        }
    }
}
