namespace MentorEval.Reporting.Workbook;

/// <summary>A table column: its header and how its cells are written.</summary>
internal sealed record Column(string Header, ColumnKind Kind = ColumnKind.Text)
{
    public static Column Text(string header) => new(header);

    public static Column Integer(string header) => new(header, ColumnKind.Integer);

    public static Column Decimal(string header) => new(header, ColumnKind.Decimal);

    public static Column Percent(string header) => new(header, ColumnKind.Percent);

    public static Column PValue(string header) => new(header, ColumnKind.PValue);

    public static Column Date(string header) => new(header, ColumnKind.Date);
}
