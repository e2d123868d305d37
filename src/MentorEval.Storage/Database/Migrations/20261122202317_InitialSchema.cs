using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorEval.Storage.Database.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instrument_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstrumentId = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false),
                    FirstImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instrument_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "waves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_waves", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pairs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PairKey = table.Column<string>(type: "TEXT", nullable: false),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorId = table.Column<string>(type: "TEXT", nullable: false),
                    MenteeId = table.Column<string>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedEndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureReason = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
                });

            migrationBuilder.CreateTable(
                name: "import_batches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    FileSha256 = table.Column<string>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", nullable: false),
                    InstrumentVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OptionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    Imported = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    Replaced = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
                name: "responses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    RespondentId = table.Column<string>(type: "TEXT", nullable: false),
                    PairId = table.Column<int>(type: "INTEGER", nullable: true),
                    PairKey = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: true),
                    WaveId = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", nullable: false),
                    InstrumentVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RepeatInstance = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Partial = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceRow = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemValues = table.Column<byte[]>(type: "BLOB", nullable: false),
                    OriginalAnswers = table.Column<string>(type: "TEXT", nullable: false)
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
                column: "FileSha256",
                unique: true);

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
                name: "IX_pairs_MentorId",
                table: "pairs",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_pairs_PairKey",
                table: "pairs",
                column: "PairKey",
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
                name: "IX_responses_RespondentId_PairKey_InstrumentId_WaveId_RepeatInstance",
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
        }
    }
}
