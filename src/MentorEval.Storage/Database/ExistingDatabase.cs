namespace MentorEval.Storage.Database;

/// <summary>
/// What a database holds before MentorEval writes anything into it: its tables and the migrations its history says
/// were applied. MentorEval writes only into a database that is empty or that it made itself, and only with migrations
/// it knows, so another application's database is never half migrated and one set up by a newer MentorEval is never
/// changed by an older one.
/// </summary>
internal sealed record ExistingDatabase(IReadOnlyList<string> Tables, IReadOnlyList<string> AppliedMigrations)
{
    /// <summary>EF Core's record of the migrations applied, under its default name.</summary>
    public const string HistoryTable = "__EFMigrationsHistory";

    // EF Core's lock while migrating a SQLite file; like the history, it may be left behind by a first run that stopped.
    private const string MigrationLockTable = "__EFMigrationsLock";

    private const int NamesShown = 10;

    /// <summary>A database that does not exist yet.</summary>
    public static readonly ExistingDatabase None = new([], []);

    /// <summary>
    /// The migrations of <paramref name="known"/> this database still lacks. Throws <see cref="StoreException"/> when
    /// the database belongs to another application or to a newer MentorEval; nothing has been written to it then.
    /// </summary>
    public IReadOnlyList<string> PendingMigrations(IReadOnlyList<string> known, string display)
    {
        var ours = AppliedMigrations.Where(known.Contains).ToList();
        if (ours.Count == 0)
        {
            var others = Tables.Where(t => t is not HistoryTable and not MigrationLockTable).ToList();
            if (others.Count > 0)
                throw new StoreException($"\"{display}\" is not a MentorEval database: it already holds {Named("table", others)} from another application. " +
                                         "Nothing was written to it; choose another --db path (a new file, or an empty database).");
            if (AppliedMigrations.Count > 0)
                throw new StoreException($"\"{display}\" is not a MentorEval database: its migration history holds {Named("migration", AppliedMigrations)} from another application. " +
                                         "Nothing was written to it; choose another --db path (a new file, or an empty database).");
            return known;
        }

        var unknown = AppliedMigrations.Except(known).ToList();
        if (unknown.Count > 0)
            throw new StoreException($"\"{display}\" was set up by a newer MentorEval: this version does not know its {Named("migration", unknown)}. " +
                                     "Nothing was written to it; upgrade MentorEval to use this database.");
        return known.Except(AppliedMigrations).ToList();
    }

    private static string Named(string kind, IReadOnlyList<string> names)
    {
        var listed = string.Join(", ", names.Take(NamesShown));
        var more = names.Count > NamesShown ? $" and {names.Count - NamesShown} more" : "";
        return $"{kind}{(names.Count == 1 ? "" : "s")} {listed}{more}";
    }
}
