using MentorEval.Application.Programs;

namespace MentorEval.Web.Api;

/// <summary>
/// The report page's form post (start making a cohort's report), the step it is at (for the page's script), and the
/// download of a report's files. The page itself is Components/Pages/ReportPage.razor.
/// </summary>
public static class ReportEndpoints
{
    public static void MapReports(this WebApplication app)
    {
        var program = app.MapGroup("/programs/{program}").ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
                ProgramName.Exists((string)context.HttpContext.GetRouteValue("program")!) ? await next(context) : Results.NotFound());

        program.MapPost("/cohorts/{cohort}/report/make", async (string program, string cohort, ReportShelf shelf, Workspace workspace, CancellationToken cancel) =>
        {
            var page = $"/programs/{program}/cohorts/{Uri.EscapeDataString(cohort)}/report";
            if (await CohortFigures.UnknownCohortAsync(workspace, cohort, cancel) is not null) return Results.NotFound();
            return Results.Redirect($"{page}?run={shelf.Start(workspace, cohort).Id}");
        }).RequireFormToken();

        program.MapGet("/reports/{run}/step", (string run, ReportShelf shelf) =>
            shelf.Run(run) is { } found ? Results.Ok(new { step = found.Step, finished = found.Finished }) : Results.NotFound());

        program.MapGet("/reports/{run}/{file}", (string run, string file, ReportShelf shelf) =>
            shelf.Find(run, file) is { } path
                ? Results.File(path, Path.GetExtension(path) == ".pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)
                : Results.NotFound());
    }
}
