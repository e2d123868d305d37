using System.Globalization;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Workbook;
using MentorEval.Reporting.Workbook.Sheets;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MentorEval.Reporting.Brief;

/// <summary>
/// The committee's brief, <c>MentorEval-&lt;cohort&gt;-brief.pdf</c>: the workbook's findings, its key charts, the
/// reliability of each scale and how the figures were made, on a few A4 pages. It names no pair and no respondent, so it
/// can be shared; every statistic in it has passed the small-cell rule as in the workbook.
/// </summary>
public static class CohortBrief
{
    /// <summary>Alpha below this is usually read as too unreliable to compare groups on (as on the Reliability sheet).</summary>
    private const double AcceptableAlpha = 0.70;

    // Charts on the page: high enough to read (about 200 dpi), low enough that the first fits under the findings.
    private const double ChartHeight = 255;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="charts">The report's drawn charts; the brief shows the Overview sheet's and the retention curve.</param>
    public static void Write(CohortReportContent content, IReadOnlyList<ChartImage> charts, Stream output)
    {
        var request = content.Request;
        using var document = new PdfDocument();
        document.Info.Title = $"{request.Program}: brief on cohort {request.Cohort}";
        document.Info.Creator = $"MentorEval {request.SoftwareVersion}";
        document.Info.CreationDate = request.GeneratedAt.UtcDateTime;
        document.Info.ModificationDate = request.GeneratedAt.UtcDateTime;

        using (var layout = new BriefLayout(document))
        {
            layout.Title($"{request.Program}: brief on cohort {request.Cohort}");
            layout.Line(string.Join(" · ", Facts(content)));

            layout.Heading("Findings");
            foreach (var line in content.Headlines) layout.Bullet(line);

            layout.Heading("Key charts", keepWith: ChartHeight);
            var figure = 0;
            foreach (var chart in KeyCharts(charts)) layout.Picture(chart.Png, $"Figure {++figure}. {chart.Title}.", ChartHeight);

            Reliability(layout, content);
            Method(layout, content);
            layout.Footers($"{request.Program} · cohort {request.Cohort} · MentorEval brief, generated " +
                           request.GeneratedAt.ToString("yyyy-MM-dd", Invariant) + " · names no pair or respondent");
        }

        document.Save(output, closeStream: false);
    }

    /// <summary>Response rates, the headline scale trend and the risk distribution (the Overview's), and the retention curve.</summary>
    private static IEnumerable<ChartImage> KeyCharts(IReadOnlyList<ChartImage> charts) =>
        charts.Where(c => c.Sheet == OverviewSheet.Name || c.Sheet == RetentionSheet.Name).DistinctBy(c => c.FileName);

    private static IEnumerable<string> Facts(CohortReportContent content)
    {
        if (content.Start is { } start && content.PlannedEnd is { } end) yield return $"pairs run {start:yyyy-MM-dd} to {end:yyyy-MM-dd} (planned)";
        yield return content.Analysis.Waves.Count == 0 ? "no responses yet" : "waves " + string.Join(", ", content.Analysis.Waves);
        if (content.Request.CompareTo is { } other) yield return $"compared with cohort {other}";
        yield return "generated " + content.Request.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);
    }

    /// <summary>Alpha of every scale at its instrument's latest wave, mentors beside mentees; withheld groups say so.</summary>
    private static void Reliability(BriefLayout layout, CohortReportContent content)
    {
        var rows = new List<BriefRow>();
        foreach (var instrument in content.Instruments)
        {
            var ours = content.Reliability.Where(r => r.Instrument == instrument.Id).ToList();
            if (ours.Count == 0) continue;
            var wave = content.Analysis.Waves.LastOrDefault(w => ours.Any(r => r.Wave == w)) ?? ours[^1].Wave;
            rows.Add(BriefRow.Titled($"{instrument.Title}, at {wave}"));
            foreach (var scale in instrument.Scales)
            {
                var cells = new[] { Role.Mentor, Role.Mentee }.Select(role => Alpha(ours.FirstOrDefault(r => r.Scale == scale.Id && r.Wave == wave && r.Role == role), content.MinimumCell)).ToList();
                rows.Add(new BriefRow([scale.Title, .. cells.Select(c => c.Text)], [null, .. cells.Select(c => c.Color)]));
            }
        }

        if (rows.Count == 0) return;
        layout.Heading("Reliability of the scales (Cronbach's alpha)");
        layout.Line($"Alpha from pairwise-complete answers, as R's psych package computes it, with the number of respondents; * marks alpha below {AcceptableAlpha:0.00}, " +
                    "usually read as too unreliable to compare groups on. The workbook's Reliability sheet has every wave, intervals, omega and item statistics.");
        var width = layout.Width;
        layout.Table([("Scale", width - 220, false), ("Mentors", 110, true), ("Mentees", 110, true)], rows);
    }

    private static (string Text, XColor? Color) Alpha(ReliabilityRow? row, int minimumCell) => row switch
    {
        null => ("–", BriefLayout.Muted),
        { Suppressed: true } => ($"withheld (under {minimumCell})", BriefLayout.Muted),
        { Reliability.RawAlpha: { } alpha } when alpha < AcceptableAlpha => ($"{alpha.ToString("0.00", Invariant)}* (n = {row.Respondents})", BriefLayout.Warning),
        { Reliability.RawAlpha: { } alpha } => ($"{alpha.ToString("0.00", Invariant)} (n = {row.Respondents})", null),
        _ => ($"not computed (n = {row.Respondents})", BriefLayout.Muted),
    };

    private static void Method(BriefLayout layout, CohortReportContent content)
    {
        layout.Heading("How these figures were made");
        layout.Bullet("Small groups: " + MethodNotes.SmallGroups(content.MinimumCell));
        layout.Bullet("Missing answers: " + MethodNotes.MissingAnswers);
        layout.Bullet("Change: " + MethodNotes.Change(content));
        if (Risk(content.Request.Risk) is { } risk) layout.Bullet("Early-closure risk: " + risk);
        layout.Bullet("Instruments: " + string.Join("; ", content.Instruments.Select(i => $"{i.Title} (version {i.Version})")) +
                      ". Their citations, scoring rules and reverse-keyed items are on the workbook's About sheet.");
        layout.Bullet("Identities: this brief names no pair and no respondent, so it may be shared. The workbook's At risk and Dyads sheets name pairs " +
                      "by their roster id for the program's follow-up: share those sheets accordingly.");
    }

    private static string? Risk(RiskAssessment? risk)
    {
        if (risk is null) return null;
        var rule = risk.Flag is { } flag ? $" Flagged means: {flag.Describe()}." : "";
        if (risk.Model is not { } card) return $"judged after {risk.Wave} by the documented rules.{(risk.Note is { } note ? " " + note.TrimEnd('.') + "." : "")}{rule}";
        return $"judged after {risk.Wave} by a model ({card.Trainer}) trained on cohorts {string.Join(", ", card.Cohorts.Select(c => c.Cohort))}; " +
               $"on held-out cohorts its ROC AUC was {F(card.RocAuc.Auc)} (95% CI {F(card.RocAuc.Lower)}–{F(card.RocAuc.Upper)}) against {F(card.RulesRocAuc)} for the documented rules.{rule}";
    }

    private static string F(double value) => double.IsNaN(value) ? "–" : value.ToString("0.00", Invariant);
}
