using ClosedXML.Excel;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>How every sheet shows a group the small-cell rule withheld.</summary>
internal static class Withheld
{
    public static string Note(int minimumCell) => $"Fewer than {minimumCell} respondents: statistics withheld";

    /// <summary>Withheld rows in grey, so nobody reads their blanks as zeros.</summary>
    public static void Grey(IXLRange data, IReadOnlyList<bool> suppressed)
    {
        for (var i = 0; i < suppressed.Count; i++)
        {
            if (suppressed[i]) data.Row(i + 1).Style.Font.FontColor = XLColor.Gray;
        }
    }
}
