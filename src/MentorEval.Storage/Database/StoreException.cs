namespace MentorEval.Storage.Database;

/// <summary>The database cannot be used as asked; the message says why and what to do.</summary>
public sealed class StoreException(string message) : Exception(message);
