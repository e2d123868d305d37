using System.Globalization;
using MentorEval.Application;
using MentorEval.Application.Imports;
using MentorEval.Application.Programs;
using MentorEval.Application.Reports;
using MentorEval.Application.Risk;
using MentorEval.Application.Roster;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;
using MentorEval.Core.Text;

namespace MentorEval.Web.Api;

/// <summary>The JSON API under /api/programs/{program}: each endpoint calls the use case the CLI command calls and maps its outcome.</summary>
public static class ProgramApi
{
    public static void MapProgramApi(this WebApplication app)
    {
        var program = app.MapGroup("/api/programs/{program}").WithTags("Programs")
            .AddEndpointFilter(async (context, next) =>
            {
                var name = (string)context.HttpContext.GetRouteValue("program")!;
                return ProgramName.Exists(name) ? await next(context) : ProgramName.NotFound(name);
            });

        program.MapGet("/cohorts", async (string program, Workspace workspace, CancellationToken cancel) =>
            await new DescribeProgram(workspace).RunAsync(cancel) switch
            {
                ProgramOutcome.Described d => Results.Ok(new ProgramView(program, d.Program.Cohorts, d.Program.LastImport)),
                var refused => Refused((IRefused)refused),
            });

        program.MapGet("/cohorts/{cohort}", async (string cohort, Workspace workspace, CancellationToken cancel) =>
            Found(await CohortFigures.ViewAsync(workspace, cohort, cancel)));

        program.MapGet("/cohorts/{cohort}/risk", async (string cohort, string? flagShare, Workspace workspace, CancellationToken cancel) =>
        {
            var capacity = FlagCapacity.Parse(flagShare, null, out var problem);
            if (problem is not null) return BadRequest(problem.Replace(FlagCapacity.ShareOption, "flagShare", StringComparison.Ordinal));
            return Found(await CohortFigures.RiskAsync(workspace, cohort, capacity, cancel));
        });

        program.MapGet("/cohorts/{cohort}/risk.csv", async (string cohort, string? flagShare, int? capacity, Workspace workspace, CancellationToken cancel) =>
            await RiskListCsvAsync(workspace, cohort, flagShare, capacity, cancel))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithDescription("The risk list as CSV (text cells defused against spreadsheet formulas): flagShare as for /risk, or capacity, a number of pairs as on the risk page.");

        program.MapGet("/cohorts/{cohort}/report", async (string cohort, HttpContext context, Workspace workspace, CancellationToken cancel) =>
        {
            var folder = Uploads.NewFolder();
            var outcome = await new BuildReport(workspace).RunAsync(new BuildReportRequest(cohort, folder, null, 5, "Mentoring program", null), null, cancel);
            if (outcome is not ReportOutcome.Written written)
            {
                Directory.Delete(folder, recursive: true);
                var refused = (IRefused)outcome;
                return refused.Diagnostics.Any(d => d.Code == DiagnosticCodes.Program.CohortUnknown) ? NotFound(refused.Message) : Refused(refused);
            }

            // Streamed from the scratch folder, which goes once the response is sent.
            context.Response.OnCompleted(() =>
            {
                Directory.Delete(folder, recursive: true);
                return Task.CompletedTask;
            });
            return Results.File(File.OpenRead(written.Report.Workbook), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Path.GetFileName(written.Report.Workbook));
        });

        program.MapPost("/imports", async (IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? instrument, [Microsoft.AspNetCore.Mvc.FromForm] string? wave,
            [Microsoft.AspNetCore.Mvc.FromForm] string? cohort, [Microsoft.AspNetCore.Mvc.FromForm] string? role, [Microsoft.AspNetCore.Mvc.FromForm] bool? dryRun,
            Workspace workspace, CancellationToken cancel) =>
        {
            if (file is null) return BadRequest("Send the survey export as the form field \"file\" (multipart/form-data).");
            if (string.IsNullOrWhiteSpace(instrument)) return BadRequest("Name the instrument the survey used in the form field \"instrument\" (e.g. relationship-checkin).");
            if (string.IsNullOrWhiteSpace(wave)) return BadRequest("Name the wave of these responses in the form field \"wave\" (e.g. month-3).");
            foreach (var (value, what) in new[] { (wave, "wave name"), (cohort, "cohort name") })
                if (value is not null && NameText.Problem(value, what) is { } problem) return BadRequest(problem + ".");
            Role? parsedRole = null;
            if (!string.IsNullOrEmpty(role))
            {
                if (!Enum.TryParse<Role>(role, ignoreCase: true, out var r) || !Enum.IsDefined(r)) return BadRequest($"role must be mentor or mentee (got \"{Excerpt.Of(role)}\").");
                parsedRole = r;
            }

            await using var upload = await Uploads.SaveAsync(file, cancel);
            var request = new ImportRequest(upload.Path, instrument, Wave: wave, Cohort: cohort, Role: parsedRole, DryRun: dryRun ?? false);
            var outcome = await new ImportResponses(workspace).RunAsync(request, null, cancel);
            ImportSummary? summary = outcome switch
            {
                ImportOutcome.Committed c => c.Summary,
                ImportOutcome.AlreadyImported a => a.Summary,
                ImportOutcome.RolledBack r => r.Summary,
                _ => null,
            };
            if (summary is null) return Refused((IRefused)outcome, upload);
            // The server's scratch paths are nobody's business: the file is named as it was sent, and its rejects are in the answer.
            return Results.Ok(ImportResult.Of(outcome, summary with { File = upload.Name, RejectsFile = null }));
        }).DisableAntiforgery();

        program.MapPost("/roster", async (IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] bool? dryRun, Workspace workspace, CancellationToken cancel) =>
        {
            if (file is null) return BadRequest("Send the roster as the form field \"file\" (multipart/form-data).");
            await using var upload = await Uploads.SaveAsync(file, cancel);
            return await new ImportRoster(workspace).RunAsync(new RosterRequest(upload.Path, dryRun ?? false), null, cancel) switch
            {
                RosterOutcome.Applied a => Results.Ok(a.Import with { File = upload.Name, Database = "" }),
                RosterOutcome.InvalidRows invalid => Problem(StatusCodes.Status422UnprocessableEntity, "The roster has problems; nothing was stored",
                    $"{invalid.Problems.Count} problem(s) in {upload.Name}: a roster is stored whole or not at all.",
                    invalid.Problems.Select(p => (object)new { row = p.Row, column = p.Column, message = p.Message }).ToList()),
                RosterOutcome.Conflicts conflicts => Problem(StatusCodes.Status409Conflict, "The roster does not fit what is stored; nothing was stored",
                    string.Join(" ", conflicts.Problems), conflicts.Problems.Cast<object>().ToList()),
                var refused => Refused((IRefused)refused, upload),
            };
        }).DisableAntiforgery();
    }

    private static async Task<IResult> RiskListCsvAsync(Workspace workspace, string cohort, string? flagShare, int? capacity, CancellationToken cancel)
    {
        if (flagShare is not null && capacity is not null) return BadRequest("Give flagShare or capacity, not both.");
        if (CohortFigures.CapacityProblem(capacity) is { } tooFew) return BadRequest(tooFew);
        var share = FlagCapacity.Parse(flagShare, null, out var problem);
        if (problem is not null) return BadRequest(problem.Replace(FlagCapacity.ShareOption, "flagShare", StringComparison.Ordinal));
        var found = capacity is null ? await CohortFigures.RiskAsync(workspace, cohort, share, cancel) : await CohortFigures.RiskForPairsAsync(workspace, cohort, capacity, cancel);
        if (found is not CohortFigures.Found<PredictResult>.Yes yes) return Found(found);
        var csv = new MemoryStream();
        RiskListCsv.Write(csv, yes.Value);
        return Results.File(csv.ToArray(), "text/csv; charset=utf-8", $"{Uploads.SafeName(cohort)}-pairs-at-risk.csv");
    }

    private static IResult Found<T>(CohortFigures.Found<T> found) => found switch
    {
        CohortFigures.Found<T>.Yes yes => Results.Ok(yes.Value),
        CohortFigures.Found<T>.UnknownCohort unknown => NotFound(unknown.Message),
        CohortFigures.Found<T>.Refused refused => Refused(refused),
        _ => throw new InvalidOperationException($"Unknown answer {found.GetType().Name}."),
    };

    /// <summary>400 with the refusal's text as the detail and its diagnostics, field for field, as "diagnostics" (an upload named as it was sent).</summary>
    private static IResult Refused(IRefused refused, Uploads.Upload? upload = null)
    {
        string Shown(string text) => upload is null ? text : text.Replace(upload.Path, upload.Name, StringComparison.Ordinal);
        var diagnostics = refused.Diagnostics.Select(d => d with { File = Shown(d.File), Message = Shown(d.Message) }).ToList();
        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request was refused", detail: Shown(refused.Message),
            extensions: new Dictionary<string, object?> { ["diagnostics"] = diagnostics });
    }

    private static IResult BadRequest(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request was refused", detail: detail);

    private static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    private static IResult Problem(int status, string title, string detail, IReadOnlyList<object> problems) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["problems"] = problems });
}

/// <summary>GET /api/programs/{program}/cohorts.</summary>
public sealed record ProgramView(string Program, IReadOnlyList<CohortOverview> Cohorts, LastImport? LastImport);

/// <summary>What an upload did: committed, alreadyImported or rolledBack (a dry run, or nothing importable), with the import's summary.</summary>
public sealed record ImportResult(string Outcome, ImportSummary Summary)
{
    public static ImportResult Of(ImportOutcome outcome, ImportSummary summary) => new(outcome switch
    {
        ImportOutcome.Committed => "committed",
        ImportOutcome.AlreadyImported => "alreadyImported",
        _ => "rolledBack",
    }, summary);
}
