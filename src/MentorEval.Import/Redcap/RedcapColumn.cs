namespace MentorEval.Import.Redcap;

/// <summary>
/// A column of the data dictionary under both of its names: the API's snake_case name and the header of the
/// "Download the current Data Dictionary" export.
/// </summary>
internal sealed record RedcapColumn(string ApiName, string ExportName)
{
    public static readonly RedcapColumn FieldName = new("field_name", "Variable / Field Name");
    public static readonly RedcapColumn FormName = new("form_name", "Form Name");
    public static readonly RedcapColumn SectionHeader = new("section_header", "Section Header");
    public static readonly RedcapColumn FieldType = new("field_type", "Field Type");
    public static readonly RedcapColumn FieldLabel = new("field_label", "Field Label");
    public static readonly RedcapColumn Choices = new("select_choices_or_calculations", "Choices, Calculations, OR Slider Labels");
    public static readonly RedcapColumn FieldNote = new("field_note", "Field Note");
    public static readonly RedcapColumn Validation = new("text_validation_type_or_show_slider_number", "Text Validation Type OR Show Slider Number");
    public static readonly RedcapColumn ValidationMin = new("text_validation_min", "Text Validation Min");
    public static readonly RedcapColumn ValidationMax = new("text_validation_max", "Text Validation Max");
    public static readonly RedcapColumn Identifier = new("identifier", "Identifier?");
    public static readonly RedcapColumn BranchingLogic = new("branching_logic", "Branching Logic (Show field only if...)");
    public static readonly RedcapColumn RequiredField = new("required_field", "Required Field?");
    public static readonly RedcapColumn CustomAlignment = new("custom_alignment", "Custom Alignment");
    public static readonly RedcapColumn QuestionNumber = new("question_number", "Question Number (surveys only)");
    public static readonly RedcapColumn MatrixGroupName = new("matrix_group_name", "Matrix Group Name");
    public static readonly RedcapColumn MatrixRanking = new("matrix_ranking", "Matrix Ranking?");
    public static readonly RedcapColumn FieldAnnotation = new("field_annotation", "Field Annotation");

    /// <summary>Every column, in the order REDCap writes them.</summary>
    public static readonly IReadOnlyList<RedcapColumn> All =
    [
        FieldName, FormName, SectionHeader, FieldType, FieldLabel, Choices, FieldNote, Validation, ValidationMin,
        ValidationMax, Identifier, BranchingLogic, RequiredField, CustomAlignment, QuestionNumber, MatrixGroupName,
        MatrixRanking, FieldAnnotation,
    ];

    /// <summary>
    /// The columns the conversion cannot do without. The others may be absent: older REDCap versions wrote
    /// dictionaries without the matrix and annotation columns.
    /// </summary>
    public static readonly IReadOnlyList<RedcapColumn> Required = [FieldName, FormName, FieldType, FieldLabel, Choices];

    public static string ExportHeader => string.Join(",", All.Select(c => c.ExportName.Contains(',') || c.ExportName.Contains(' ') ? $"\"{c.ExportName}\"" : c.ExportName));

    public static string ApiHeader => string.Join(",", All.Select(c => c.ApiName));

    public bool Matches(string header) =>
        string.Equals(header.Trim(), ApiName, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(header.Trim(), ExportName, StringComparison.OrdinalIgnoreCase);
}
