namespace MentorEval.Reporting.Charts;

/// <summary>Pixel size of every chart PNG, so charts line up when embedded side by side in the workbook.</summary>
public static class ChartSize
{
    public const int Width = 1200;
    public const int Height = 700;
}
