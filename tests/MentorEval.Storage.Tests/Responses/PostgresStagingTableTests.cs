using MentorEval.Storage.Responses;
using MentorEval.Storage.Tests.Support;
using MentorEval.Testing.Stores;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static MentorEval.Storage.Tests.Responses.ResponseBatchTests;

namespace MentorEval.Storage.Tests.Responses;

/// <summary>The PostgreSQL writer's staging table is made from <c>responses</c> itself, never from a copy of its columns.</summary>
public sealed class PostgresStagingTableTests
{
    [PostgresFact]
    public async Task The_staging_table_has_the_columns_types_and_not_null_rules_of_responses()
    {
        await using var store = new TestStore(StoreKind.PostgreSql);
        await using var db = await store.OpenAsync();
        // A column the writer's code has never heard of: the staging table must have it too, with its default.
        await db.Database.ExecuteSqlRawAsync("""ALTER TABLE responses ADD COLUMN "Reviewed" boolean NOT NULL DEFAULT false""");
        await using var writer = await ResponseBatch.BeginAsync(db, Batch("f1"), replace: true);
        writer.Write("baseline", Answer("R1", 4, 5));

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var staging = await Columns(connection, "pg_temp.incoming_responses");
        var responses = await Columns(connection, "public.responses");

        staging.ShouldBe(responses);
        responses.ShouldContain("Reviewed boolean not null");
    }

    private static async Task<List<string>> Columns(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand("""
            SELECT attname || ' ' || format_type(atttypid, atttypmod) || CASE WHEN attnotnull THEN ' not null' ELSE '' END
            FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attname <> 'Id' ORDER BY attnum
            """, connection);
        command.Parameters.AddWithValue(table);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<string>();
        while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        return columns;
    }
}
