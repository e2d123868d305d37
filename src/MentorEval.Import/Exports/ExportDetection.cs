namespace MentorEval.Import.Exports;

/// <summary>The format an export was read as, and why.</summary>
/// <param name="Evidence">What in the header rows decided it, in plain sentences (e.g. "row 3 holds Qualtrics ImportId JSON").</param>
/// <param name="Forced">Whether the caller chose the format instead of detection.</param>
public sealed record ExportDetection(ExportFormat Format, IReadOnlyList<string> Evidence, bool Forced = false)
{
    public override string ToString() => $"{Format}: {string.Join("; ", Evidence)}";
}
