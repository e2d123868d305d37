namespace MentorEval.Testing.Stores;

/// <summary>The databases MentorEval stores a program in.</summary>
public enum StoreKind
{
    Sqlite,
    PostgreSql,
}
