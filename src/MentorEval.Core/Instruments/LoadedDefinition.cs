namespace MentorEval.Core.Instruments;

/// <summary>A definition file, its text as read (stored with imported responses) and what reading it produced.</summary>
public sealed record LoadedDefinition(string Path, string Json, DefinitionResult Result);
