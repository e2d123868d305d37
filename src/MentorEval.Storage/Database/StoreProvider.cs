namespace MentorEval.Storage.Database;

/// <summary>
/// What differs between the kinds of database <see cref="Store.OpenAsync"/> opens: how the location is reached, how its
/// tables and applied migrations are read before anything is written, and how the provider's errors are explained.
/// Everything else about opening (the refusal of a foreign or newer database, migrating only what is pending, giving the
/// context back on any failure) is <see cref="Store"/>'s, the same for every provider.
/// </summary>
internal abstract class StoreProvider
{
    /// <summary>A context for the location, its provider's migrations with it; nothing is connected yet.</summary>
    public abstract MentorEvalDb CreateContext();

    /// <summary>What the database holds, read without writing anything (<see cref="ExistingDatabase.None"/> when it does not exist yet).</summary>
    public abstract Task<ExistingDatabase> ReadExistingAsync(CancellationToken cancel);

    /// <summary>What to tell the user about an error of this provider's while opening, or null when it is not one.</summary>
    public abstract string? Explain(Exception error);
}
