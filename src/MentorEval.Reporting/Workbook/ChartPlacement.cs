namespace MentorEval.Reporting.Workbook;

/// <summary>Where a chart picture goes: its sheet, top-left cell (0-based), offset down from it and shown size in pixels.</summary>
internal sealed record ChartPlacement(ChartImage Chart, string Sheet, int Column, int Row, int Width, int Height, int Down = 0);
