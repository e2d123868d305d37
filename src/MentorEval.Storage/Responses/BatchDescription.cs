using MentorEval.Core.Instruments;

namespace MentorEval.Storage.Responses;

/// <summary>What a batch is before its rows are written: the file, how it was read, and what it holds.</summary>
public sealed record BatchDescription(
    string FileName,
    string FileSha256,
    string Format,
    Instrument Instrument,
    string DefinitionJson,
    string OptionsJson,
    DateTimeOffset ImportedAt);
