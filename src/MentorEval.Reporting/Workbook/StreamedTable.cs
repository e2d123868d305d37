namespace MentorEval.Reporting.Workbook;

/// <summary>
/// The data rows of a large table, left out of the ClosedXML workbook and streamed into the saved file afterwards
/// (<see cref="RowStreamer"/>): ClosedXML builds every cell as an object and needs minutes for a million of them.
/// </summary>
internal sealed record StreamedTable(string Sheet, string Table, int FirstRow, IReadOnlyList<Column> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
