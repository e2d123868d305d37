namespace MentorEval.Reporting.Workbook;

/// <summary>A rendered chart: its PNG file name, the sheet it is shown on, and its bytes.</summary>
public sealed record ChartImage(string FileName, string Title, string Sheet, byte[] Png);
