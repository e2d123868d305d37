using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorEval.Storage.Database.PostgresMigrations
{
    /// <inheritdoc />
    public partial class ResponsesKeepOnlyTheirKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_responses_BatchId",
                table: "responses");

            migrationBuilder.DropIndex(
                name: "IX_responses_InstrumentVersionId",
                table: "responses");

            migrationBuilder.DropIndex(
                name: "IX_responses_PairId",
                table: "responses");

            migrationBuilder.DropIndex(
                name: "IX_responses_WaveId",
                table: "responses");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_responses_WaveId",
                table: "responses",
                column: "WaveId");
        }
    }
}
