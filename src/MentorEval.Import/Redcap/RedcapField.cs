namespace MentorEval.Import.Redcap;

/// <summary>One row of a REDCap data dictionary: a field of a form as REDCap describes it (values trimmed, HTML kept).</summary>
/// <param name="IsIdentifier">"Identifier?" is y: the field holds what identifies a person (a name, an e-mail address).</param>
/// <param name="Row">The row in the file, counted as a spreadsheet shows it (the header is row 1).</param>
internal sealed record RedcapField(
    int Row,
    string Name,
    string Form,
    string SectionHeader,
    string Type,
    string Label,
    string Choices,
    string Note,
    string Validation,
    string ValidationMin,
    string ValidationMax,
    string MatrixGroup,
    bool IsIdentifier = false);
