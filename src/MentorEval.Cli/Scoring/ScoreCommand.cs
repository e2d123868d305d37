using System.CommandLine;
using MentorEval.Cli.App;
using MentorEval.Cli.Imports;
using MentorEval.Cli.Instruments;
using MentorEval.Core.Pairs;
using MentorEval.Core.Reliability;
using MentorEval.Core.Scoring;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;

namespace MentorEval.Cli.Scoring;

/// <summary>`mentoreval score FILE --instrument ID`: scale scores and reliability straight from an export, no database.</summary>
public static class ScoreCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The survey export (CSV, any format import reads)." };
        var instrument = new Option<string>("--instrument") { Description = "The instrument to score (see 'instruments list').", Required = true };
        var format = FormatOption.Create();
        var respondentColumn = RespondentColumnOption.Create();
        var role = new Option<Role?>("--role") { Description = "Score only rows answered by mentors or by mentees (needs a role column)." };
        var missing = new Option<MissingDataPolicy>("--missing")
        {
            Description = "Reliability with pairwise (default, as psych) or listwise complete cases.",
            DefaultValueFactory = _ => MissingDataPolicy.Pairwise,
        };
        var output = new Option<string?>("--out") { Description = "Write scores here: respondent_id then one column per scale." };
        var reliabilityOut = new Option<string?>("--reliability") { Description = "Write reliability and item statistics here (CSV)." };
        var json = CliContext.JsonOption();
        var command = new Command("score", "Score an instrument from a survey export and check each scale's reliability (no database needed).")
            { file, instrument, format, respondentColumn, role, missing, output, reliabilityOut, json };
        command.SetAction(parsed =>
        {
            var path = context.ExistingFile(parsed.GetValue(file)!, "survey export");
            // Both files are started before any work, so a target that cannot be written stops the command at once.
            using var outputs = new OutputFiles(context.OutputGuard(parsed, (path, "the survey export")));
            var scoresFile = parsed.GetValue(output) is { } scoresPath ? outputs.Open(FullPath(context, scoresPath), "the scores file", "--out") : null;
            var reliabilityFile = parsed.GetValue(reliabilityOut) is { } reliabilityPath
                ? outputs.Open(FullPath(context, reliabilityPath), "the reliability file", "--reliability")
                : null;
            var definition = InstrumentsCommand.FindOrExplain(context.LoadLibrary(parsed), parsed.GetValue(instrument)!);
            var read = new ExportReadOptions { Format = FormatOption.Parse(parsed.GetValue(format)!), RespondentColumn = parsed.GetValue(respondentColumn) };
            var answers = ExportAnswers.Read(path, definition, read, new ResponseImportOptions { Role = parsed.GetValue(role) });
            if (answers.Errors.Count > 0) throw new UserInputException(string.Join(Environment.NewLine, answers.Errors));
            if (answers.Values.Count == 0)
                throw new UserInputException($"{Path.GetFileName(path)}: no row could be scored ({answers.Rejected.Count} rejected, {answers.Skipped} skipped). " +
                                             "Run 'mentoreval import --dry-run' on it to see why each row was rejected.");

            var scores = InstrumentScoring.Score(definition, answers.RespondentIds, answers.Values, parsed.GetValue(missing));
            var report = ScoreReport.From(scores, answers);
            if (scoresFile is not null) WriteScores(scoresFile.Stream, scores);
            if (reliabilityFile is not null) WriteReliability(reliabilityFile.Stream, report);
            outputs.MoveIntoPlace();
            var written = new[] { scoresFile, reliabilityFile }.OfType<OutputFile>().Select(f => f.Target).ToList();

            if (parsed.GetValue(json)) Json.Write(context.Terminal, report);
            else ScoreViews.Render(context.Terminal.Console, report, written);
            return ExitCode.Success;
        });
        return command;
    }

    private static string FullPath(CliContext context, string given) => Path.GetFullPath(given, context.Environment.CurrentDirectory);

    private static void WriteScores(Stream output, InstrumentScores scores) =>
        CsvOutput.Write(output, ["respondent_id", .. scores.Scales.Select(s => s.Scale.Id)],
            scores.RespondentIds.Select((id, r) => (IReadOnlyList<object?>)[id, .. scores.Scales.Select(s => (object?)s.Scores[r])]));

    /// <summary>One row per scale (item empty) with the scale's figures, then one row per item with the item's.</summary>
    private static void WriteReliability(Stream output, ScoreReport report)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var s in report.Scales)
        {
            rows.Add([s.Id, "", s.ReliabilityN, s.Mean, s.Sd, null, null, s.Alpha, s.AlphaStd, s.AlphaCi?.Lower, s.AlphaCi?.Upper,
                s.AverageR, s.Lambda6, s.OmegaTotal, report.MissingPolicy, string.Join(" | ", s.Warnings)]);
            foreach (var i in s.Items)
                rows.Add([s.Id, i.Id, i.N, i.Mean, i.Sd, i.RDrop, i.AlphaIfDeleted, null, null, null, null, null, null, null, report.MissingPolicy, ""]);
        }

        CsvOutput.Write(output, ["scale", "item", "n", "mean", "sd", "r_drop", "alpha_if_deleted", "raw_alpha", "std_alpha",
            "alpha_ci_lower", "alpha_ci_upper", "average_r", "lambda6", "omega_total", "missing_policy", "warnings"], rows);
    }
}
