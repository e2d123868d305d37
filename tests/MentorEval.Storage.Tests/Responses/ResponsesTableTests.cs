using MentorEval.Storage.Database;
using MentorEval.Storage.Responses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MentorEval.Storage.Tests.Responses;

/// <summary>The one description of <c>responses</c> both writers work from, checked against the EF model of each provider.</summary>
public sealed class ResponsesTableTests
{
    public static TheoryData<string> Providers => ["sqlite", "postgresql"];

    private static MentorEvalDb Context(string provider) => provider == "sqlite"
        ? new MentorEvalDb(new DbContextOptionsBuilder<MentorEvalDb>().UseSqlite("Data Source=:memory:").Options)
        : new PostgresMentorEvalDb(new DbContextOptionsBuilder<PostgresMentorEvalDb>().UseNpgsql("Host=localhost;Database=model").Options);

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_description_covers_every_mapped_column_but_the_generated_id_with_the_models_names_and_types(string provider)
    {
        using var db = Context(provider);
        var entity = db.Model.FindEntityType(typeof(ResponseRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());

        var described = ResponsesTable.Of(db.Model);

        described.Name.ShouldBe("responses");
        described.Columns.Select(c => (c.Name, c.StoreType, c.Nullable)).OrderBy(c => c.Name).ShouldBe(
            entity.GetProperties().Where(p => p.Name != nameof(ResponseRecord.Id))
                .Select(p => (p.GetColumnName(table)!, p.GetColumnType(table), p.IsColumnNullable(table))).OrderBy(c => c.Item1));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_key_is_the_unique_index_of_the_model_in_its_order(string provider)
    {
        using var db = Context(provider);
        var index = db.Model.FindEntityType(typeof(ResponseRecord))!.GetIndexes().Single(i => i.IsUnique);

        ResponsesTable.Of(db.Model).Key.Select(c => c.Name).ShouldBe(index.Properties.Select(p => p.Name));
    }

    [Fact]
    public void A_column_added_to_the_responses_entity_without_describing_it_stops_every_writer()
    {
        using var db = new WithReviewer(new DbContextOptionsBuilder<WithReviewer>().UseSqlite("Data Source=:memory:").Options);

        Should.Throw<InvalidOperationException>(() => ResponsesTable.Of(db.Model)).Message.ShouldContain("maps Reviewer");
        Should.Throw<InvalidOperationException>(() => ResponseBatch.BeginAsync(db, ResponseBatchTests.Batch("f1"), false));
    }

    [Fact]
    public void Every_statement_names_every_column_and_the_replace_statements_leave_the_key_alone()
    {
        using var db = Context("postgresql");
        var table = ResponsesTable.Of(db.Model);

        foreach (var sql in new[] { table.SqliteInsert(), table.PostgresCopy("responses"), table.PostgresInsertFrom("staged", "Id") })
        {
            foreach (var column in table.Columns) sql.ShouldContain(column.Quoted);
        }

        foreach (var sql in new[] { table.SqliteReplace(), table.PostgresReplaceFrom("staged") })
        {
            var set = sql[..sql.IndexOf("WHERE", StringComparison.Ordinal)];
            foreach (var column in table.Values) set.ShouldContain(column.Quoted + " =");
            foreach (var column in table.Key) set.ShouldNotContain(column.Quoted);
        }

        table.PostgresStaging("staged").ShouldContain("(LIKE \"responses\" INCLUDING DEFAULTS");
    }

    /// <summary>The model with one more column on responses, as a developer might add it.</summary>
    private sealed class WithReviewer(DbContextOptions<WithReviewer> options) : MentorEvalDb(options)
    {
        protected override void OnModelCreating(ModelBuilder model)
        {
            base.OnModelCreating(model);
            model.Entity<ResponseRecord>().Property<string>("Reviewer");
        }
    }
}
