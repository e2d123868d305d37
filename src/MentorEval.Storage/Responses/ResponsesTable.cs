using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MentorEval.Storage.Responses;

/// <summary>
/// Every column of <c>responses</c> an import writes (all but the id the database gives), in the order the writers
/// write them. Each writer's encoding says how it writes each of these, so a column added here without an encoding
/// fails every batch of that writer at its start; one added to <see cref="ResponseRecord"/> without being added here
/// fails <see cref="ResponsesTable.Of"/>.
/// </summary>
internal enum ResponseColumn
{
    BatchId,
    RespondentId,
    PairRowId,
    PairKey,
    Role,
    WaveId,
    InstrumentId,
    InstrumentVersionId,
    RepeatInstance,
    SubmittedAt,
    Partial,
    SourceRow,
    ItemValues,
    OriginalAnswers,
}

/// <summary>
/// The one description of <c>responses</c> both writers work from: its columns (named, typed and keyed as the EF model
/// of the database's provider says) and every statement the writers run on it, for each dialect.
/// </summary>
internal sealed class ResponsesTable
{
    private ResponsesTable(string name, IReadOnlyList<Column> columns, IReadOnlyList<Column> key)
    {
        Name = name;
        Columns = columns;
        Key = key;
        Values = columns.Except(key).ToList();
    }

    public string Name { get; }

    /// <summary>In the order of <see cref="ResponseColumn"/>.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>The unique key, in the unique index's order: a second response with the same key is a duplicate.</summary>
    public IReadOnlyList<Column> Key { get; }

    /// <summary>The columns outside the key: what --replace overwrites.</summary>
    public IReadOnlyList<Column> Values { get; }

    /// <summary>
    /// The table as <paramref name="model"/> (one provider's) maps it. Throws when the entity has a column that
    /// <see cref="ResponseColumn"/> does not describe, or the other way round.
    /// </summary>
    public static ResponsesTable Of(IModel model)
    {
        var entity = model.FindEntityType(typeof(ResponseRecord)) ?? throw new InvalidOperationException("The model has no responses entity.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var written = entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToList();
        var undescribed = written.Where(p => !Enum.TryParse<ResponseColumn>(p.Name, out _)).Select(p => p.Name).ToList();
        if (undescribed.Count > 0)
            throw new InvalidOperationException($"The responses entity maps {string.Join(", ", undescribed)}, which {nameof(ResponseColumn)} does not describe: " +
                                                "add it there and to each writer's encoding, or the writers would leave it out.");

        var columns = Enum.GetValues<ResponseColumn>().Select(c =>
        {
            var property = written.SingleOrDefault(p => p.Name == c.ToString())
                           ?? throw new InvalidOperationException($"{nameof(ResponseColumn)}.{c} is not a column of the responses entity.");
            return new Column(c, property.GetColumnName(table)!, property.GetColumnType(table), property.IsColumnNullable(table));
        }).ToList();
        var unique = entity.GetIndexes().Where(i => i.IsUnique).ToList();
        if (unique.Count != 1) throw new InvalidOperationException($"The responses entity has {unique.Count} unique indexes; the writers find duplicates by exactly one.");
        var key = unique[0].Properties.Select(p => columns.Single(c => c.Is.ToString() == p.Name)).ToList();
        return new ResponsesTable(entity.GetTableName()!, key: key, columns: columns);
    }

    /// <summary>SQLite: stores one response unless its key is already stored. Parameters are named <c>$</c> + column.</summary>
    public string SqliteInsert() => $"""
        INSERT INTO {Quoted(Name)} ({List(Columns)}) VALUES ({string.Join(", ", Columns.Select(c => c.Parameter))})
        ON CONFLICT ({List(Key)}) DO NOTHING
        """;

    /// <summary>SQLite, --replace: overwrites the response stored under the key, unless this batch stored it.</summary>
    public string SqliteReplace() => $"""
        UPDATE {Quoted(Name)} SET {string.Join(", ", Values.Select(c => $"{c.Quoted} = {c.Parameter}"))}
        WHERE {string.Join(" AND ", Key.Select(c => $"{c.Quoted} = {c.Parameter}"))} AND {ThisBatch.Quoted} <> {ThisBatch.Parameter}
        """;

    /// <summary>PostgreSQL: binary COPY of every written column into <paramref name="table"/> (responses or its staging table).</summary>
    public string PostgresCopy(string table) => $"COPY {Quoted(table)} ({List(Columns)}) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// PostgreSQL: a temporary table made from responses itself (its columns, types, NOT NULL rules and defaults, so a
    /// column the writer does not write gets its default there as in responses), without its indexes: a duplicate is
    /// found when the rows move on. Its own identity column numbers the staged rows in the order they were copied.
    /// </summary>
    public string PostgresStaging(string staging) =>
        $"CREATE TEMPORARY TABLE {Quoted(staging)} (LIKE {Quoted(Name)} INCLUDING DEFAULTS INCLUDING IDENTITY) ON COMMIT DROP";

    /// <summary>PostgreSQL: the staged rows into responses in the order they were staged, leaving any key already stored alone.</summary>
    public string PostgresInsertFrom(string staging, string order) => $"""
        INSERT INTO {Quoted(Name)} ({List(Columns)})
        SELECT {List(Columns)} FROM {Quoted(staging)} ORDER BY {Quoted(order)}
        ON CONFLICT ({List(Key)}) DO NOTHING
        RETURNING {List(Key)}
        """;

    /// <summary>PostgreSQL, --replace: the staged rows over the responses of earlier batches stored under their keys.</summary>
    public string PostgresReplaceFrom(string staging) => $"""
        UPDATE {Quoted(Name)} r SET {string.Join(", ", Values.Select(c => $"{c.Quoted} = s.{c.Quoted}"))}
        FROM {Quoted(staging)} s
        WHERE {string.Join(" AND ", Key.Select(c => $"r.{c.Quoted} = s.{c.Quoted}"))} AND r.{ThisBatch.Quoted} <> s.{ThisBatch.Quoted}
        RETURNING {string.Join(", ", Key.Select(c => $"r.{c.Quoted}"))}
        """;

    // A response this batch stored is a duplicate of the file's, not something to replace.
    private Column ThisBatch => Columns.Single(c => c.Is == ResponseColumn.BatchId);

    private static string List(IEnumerable<Column> columns) => string.Join(", ", columns.Select(c => c.Quoted));

    private static string Quoted(string name) => $"\"{name}\"";

    /// <param name="Is">Which column it is, for the writers' encodings.</param>
    /// <param name="Name">The column's name in the database.</param>
    /// <param name="StoreType">The column's type in this provider's dialect (e.g. TEXT on SQLite, timestamp with time zone on PostgreSQL).</param>
    /// <param name="Nullable">Whether the column takes NULL.</param>
    public sealed record Column(ResponseColumn Is, string Name, string StoreType, bool Nullable)
    {
        public string Quoted => ResponsesTable.Quoted(Name);

        public string Parameter => "$" + Name;
    }
}
