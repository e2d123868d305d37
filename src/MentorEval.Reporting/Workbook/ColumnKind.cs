namespace MentorEval.Reporting.Workbook;

/// <summary>How a column's cells are written and shown.</summary>
internal enum ColumnKind
{
    /// <summary>Always text, whatever it looks like: "00123", "2024-01-02" and "=1+1" stay as typed.</summary>
    Text,
    Integer,
    /// <summary>Two decimals.</summary>
    Decimal,
    /// <summary>A share 0–1 shown as a percentage.</summary>
    Percent,
    /// <summary>A p value: three decimals.</summary>
    PValue,
    Date,
}
