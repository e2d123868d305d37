using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MentorEval.Storage.Database.PostgresMigrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PairId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    MemberId = table.Column<string>(type: "text", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false)
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
