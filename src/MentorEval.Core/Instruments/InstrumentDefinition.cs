namespace MentorEval.Core.Instruments;

/// <summary>Reads and validates instrument definitions (the JSON files under <c>instruments/</c>).</summary>
public static class InstrumentDefinition
{
    /// <param name="json">The definition text.</param>
    /// <param name="source">Where it came from (a file path), used in every problem message.</param>
    public static DefinitionResult Parse(string json, string source)
    {
        var reader = new DefinitionReader(source);
        var instrument = reader.Read(json);
        if (instrument is null) return new DefinitionResult(null, reader.Problems);

        var problems = reader.Problems.Concat(new DefinitionValidator(source).Validate(instrument)).ToList();
        return new DefinitionResult(instrument, problems);
    }
}
