namespace MentorEval.Core.Instruments;

/// <summary>A definition file and what reading it produced.</summary>
public sealed record LoadedDefinition(string Path, DefinitionResult Result);
