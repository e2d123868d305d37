namespace MentorEval.Import.Redcap;

/// <summary>A field of the form that did not become an item, with the reason and what to do instead.</summary>
/// <param name="Row">The field's row in the dictionary (the header is row 1).</param>
/// <param name="Type">The REDCap field type, such as "checkbox" or "calc".</param>
public sealed record UnsupportedField(string Field, string Type, int Row, string Reason);
