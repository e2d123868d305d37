using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MentorEval.Storage.Database.PostgresMigrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cohorts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instrument_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstrumentId = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "text", nullable: false),
                    DefinitionJson = table.Column<string>(type: "text", nullable: false),
                    FirstImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instrument_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipantKey = table.Column<string>(type: "text", nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "waves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_waves", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_batches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    FileSha256 = table.Column<string>(type: "text", nullable: false),
                    Format = table.Column<string>(type: "text", nullable: false),
                    InstrumentVersionId = table.Column<int>(type: "integer", nullable: false),
                    OptionsJson = table.Column<string>(type: "text", nullable: false),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    Imported = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false),
                    Replaced = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_batches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_import_batches_instrument_versions_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "instrument_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pairs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PairKey = table.Column<string>(type: "text", nullable: false),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    MentorId = table.Column<string>(type: "text", nullable: false),
                    MenteeId = table.Column<string>(type: "text", nullable: false),
                    MentorParticipantId = table.Column<int>(type: "integer", nullable: false),
                    MenteeParticipantId = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedEndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureReason = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pairs_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_pairs_participants_MenteeParticipantId",
                        column: x => x.MenteeParticipantId,
                        principalTable: "participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pairs_participants_MentorParticipantId",
                        column: x => x.MentorParticipantId,
                        principalTable: "participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "responses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<int>(type: "integer", nullable: false),
                    RespondentId = table.Column<string>(type: "text", nullable: false),
                    PairId = table.Column<int>(type: "integer", nullable: true),
                    PairKey = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: true),
                    WaveId = table.Column<int>(type: "integer", nullable: false),
                    InstrumentId = table.Column<string>(type: "text", nullable: false),
                    InstrumentVersionId = table.Column<int>(type: "integer", nullable: false),
                    RepeatInstance = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Partial = table.Column<bool>(type: "boolean", nullable: false),
                    SourceRow = table.Column<int>(type: "integer", nullable: false),
                    ItemValues = table.Column<byte[]>(type: "bytea", nullable: false),
                    OriginalAnswers = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_responses_import_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "import_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_responses_instrument_versions_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "instrument_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_responses_pairs_PairId",
                        column: x => x.PairId,
                        principalTable: "pairs",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_responses_waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_Name",
                table: "cohorts",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_batches_FileSha256",
                table: "import_batches",
                column: "FileSha256");

            migrationBuilder.CreateIndex(
                name: "IX_import_batches_InstrumentVersionId",
                table: "import_batches",
                column: "InstrumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_instrument_versions_InstrumentId_ContentHash",
                table: "instrument_versions",
                columns: new[] { "InstrumentId", "ContentHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pairs_CohortId",
                table: "pairs",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_pairs_MenteeId",
                table: "pairs",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_pairs_MenteeParticipantId",
                table: "pairs",
                column: "MenteeParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_pairs_MentorId",
                table: "pairs",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_pairs_MentorParticipantId",
                table: "pairs",
                column: "MentorParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_pairs_PairKey",
                table: "pairs",
                column: "PairKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_participants_ParticipantKey",
                table: "participants",
                column: "ParticipantKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_responses_BatchId",
                table: "responses",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_responses_InstrumentVersionId",
                table: "responses",
                column: "InstrumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_responses_PairId",
                table: "responses",
                column: "PairId");

            migrationBuilder.CreateIndex(
                name: "IX_responses_RespondentId_PairKey_InstrumentId_WaveId_RepeatIn~",
                table: "responses",
                columns: new[] { "RespondentId", "PairKey", "InstrumentId", "WaveId", "RepeatInstance" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_responses_WaveId",
                table: "responses",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_waves_Name",
                table: "waves",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "responses");

            migrationBuilder.DropTable(
                name: "import_batches");

            migrationBuilder.DropTable(
                name: "pairs");

            migrationBuilder.DropTable(
                name: "waves");

            migrationBuilder.DropTable(
                name: "instrument_versions");

            migrationBuilder.DropTable(
                name: "cohorts");

            migrationBuilder.DropTable(
                name: "participants");
        }
    }
}
