using System.Globalization;
using ClosedXML.Excel;
using MentorEval.Core.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Reporting.Content;

namespace MentorEval.Reporting.Workbook.Sheets;

/// <summary>How the report was made: instruments and their citations, scoring and missing-data rules, suppression, risk model, software.</summary>
internal static class AboutSheet
{
    public const string Name = "About";

    public static SheetWriter Write(XLWorkbook workbook, CohortReportContent content)
    {
        var sheet = new SheetWriter(workbook, Name);
        var request = content.Request;
        sheet.Title("About this report");
        sheet.Facts(
        [
            new("Made by", $"MentorEval {request.SoftwareVersion}"),
            new("Generated", request.GeneratedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)),
            new("Program", request.Program),
            new("Cohort", request.Cohort + (request.CompareTo is { } c ? $" (compared with cohort {c})" : "")),
            new("Small groups", MethodNotes.SmallGroups(request.MinimumCell) + " Withheld rows are greyed. " +
                                "The Responses sheet leaves out the responses of such groups (instrument, wave and role) and shows submission dates without the time."),
            new("Missing answers", MethodNotes.MissingAnswers + " The scoring rules are below."),
            new("Identities", "The Responses sheet shows respondents and pairs under pseudonyms (numbers in the order of a hash of the id). " +
                              "The At risk and Dyads sheets name pairs by their roster id, so that the program can follow them up: share those sheets accordingly."),
            new("Change", MethodNotes.Change(content)),
        ]);

        sheet.Heading("Instruments");
        sheet.Table("Instruments",
        [
            Column.Text("Instrument"), Column.Text("Title"), Column.Text("Version"), Column.Text("Answered by"), Column.Text("Citation"), Column.Text("Licence"),
        ], content.Instruments.Select(i => (IReadOnlyList<object?>)
            [i.Id, i.Title, i.Version, string.Join(", ", i.Roles.Select(RoleText.Name)), i.Citation ?? "", i.License ?? ""]));

        sheet.Heading("Scoring rules");
        sheet.Table("ScoringRules",
        [
            Column.Text("Instrument"), Column.Text("Scale"), Column.Integer("Items"), Column.Text("Score"), Column.Integer("Answers needed"),
            Column.Text("Reverse-keyed items"), Column.Text("Bands"),
        ], content.Instruments.SelectMany(i => i.Scales.Select(s => (IReadOnlyList<object?>)
        [
            i.Id, s.Title, s.ItemIds.Count, Method(s.Method), s.RequiredAnswers,
            string.Join(", ", s.ItemIds.Where(id => i.FindItem(id)?.Reverse == true)),
            string.Join("; ", s.Bands.Select(b => $"up to {b.UpTo.ToString("0.##", CultureInfo.InvariantCulture)}: {b.Label}{(b.Concern ? " (concern)" : "")}")),
        ])));

        sheet.Heading("Early-closure risk");
        if (request.Risk is { Model: { } card })
        {
            ModelCardFacts.Write(sheet, card, content.BaseRate());
        }
        else if (request.Risk is { } risk)
        {
            sheet.Facts([new("Method", "documented rules: " + (risk.Note ?? "no trained model"))]);
        }
        else
        {
            sheet.Line("Not judged for this cohort.");
        }

        sheet.Finish();
        return sheet;
    }

    private static string Method(ScoringMethod method) => method switch
    {
        ScoringMethod.Mean => "mean of answered items",
        ScoringMethod.Sum => "sum of items",
        ScoringMethod.ProratedSum => "sum, prorated for missing items",
        ScoringMethod.WeightedMean => "weighted mean",
        _ => method.ToString(),
    };
}
