using MentorEval.Core.Risk;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>
/// The held-out recall table on the At risk sheet: for 5% to 50% of running pairs flagged (and the shares chosen at
/// training and this time), the early closures it caught and how many flagged pairs closed early, on cohorts the judge
/// had not learned from; so that a program can choose next month's capacity.
/// </summary>
internal static class HeldOutTable
{
    public static void Write(SheetWriter sheet, RiskAssessment risk)
    {
        var model = risk.Method == RiskMethod.Model;
        sheet.Heading(model ? "What each share caught on held-out cohorts" : "What each share caught in finished cohorts (the rules learn nothing, so every finished cohort is held out)");
        if (risk.HeldOut is not { Count: > 0 } table)
        {
            sheet.Line(model ? "No held-out table in this model file; retrain to see it." : "No finished cohort with early closures to check the rules on yet.", italic: true);
            return;
        }

        var now = risk.Flag?.HeldOut?.Share;
        var training = risk.Model?.ThresholdShare;
        var shown = HeldOutShares.Shown(table, [.. new[] { now, training }.OfType<double>()]);
        sheet.Table("HeldOutRecall",
        [
            Column.Percent("Share of running pairs flagged"), Column.Percent("Early closures caught (recall)"),
            Column.Percent("Flagged pairs that closed early (precision)"), Column.Text("Chosen"),
        ], shown.Select(r => (IReadOnlyList<object?>)
        [
            r.Share, Finite(r.Recall), Finite(r.Precision),
            string.Join(", ", new[] { Same(r.Share, now) ? "this time" : null, Same(r.Share, training) ? "at training" : null }.OfType<string>()),
        ]));
    }

    private static bool Same(double share, double? other) => other is { } o && Math.Abs(share - o) < 1e-9;

    private static double? Finite(double value) => double.IsNaN(value) ? null : value;
}
