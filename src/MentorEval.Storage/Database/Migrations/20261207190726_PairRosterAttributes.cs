using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentorEval.Storage.Database.Migrations
{
    /// <inheritdoc />
    public partial class PairRosterAttributes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Attributes",
                table: "pairs",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attributes",
                table: "pairs");
        }
    }
}
