using MentorEval.Application;
using MentorEval.Application.Programs;
using MentorEval.Application.Roster;

namespace MentorEval.Web.Api;

/// <summary>The roster page's form posts: the upload (staged, nothing stored), apply and cancel. The pages are Components/Pages/Roster*.razor.</summary>
public static class RosterWizardEndpoints
{
    public static void MapRosterWizard(this WebApplication app)
    {
        var wizard = app.MapGroup("/programs/{program}/roster").ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
                ProgramName.Exists((string)context.HttpContext.GetRouteValue("program")!) ? await next(context) : Results.NotFound());

        wizard.MapPost("/upload", (string program, HttpContext context, StagedUploads staged, CancellationToken cancel) =>
            ImportWizardEndpoints.StageAsync(context, staged, $"/programs/{program}/roster", cancel)).DisableAntiforgery().AllowLargeUploads();

        wizard.MapPost("/{upload}/apply", async (string program, string upload, StagedUploads staged, Workspace workspace, CancellationToken cancel) =>
        {
            if (staged.Find(upload) is not { HasFile: true } found) return Results.Redirect($"/programs/{program}/roster/{upload}");
            var outcome = await new ImportRoster(workspace).RunAsync(new RosterRequest(found.FilePath), null, cancel);
            if (outcome is not RosterOutcome.Applied applied) return Results.Redirect($"/programs/{program}/roster/{upload}");
            found.Remove();
            var changes = applied.Import.Changes;
            return Results.Redirect($"/programs/{program}/roster?added={changes.Count(c => c.Added)}&changed={changes.Count(c => !c.Added)}");
        }).RequireFormToken();

        wizard.MapPost("/{upload}/cancel", (string program, string upload, StagedUploads staged) =>
        {
            staged.Find(upload)?.Remove();
            return Results.Redirect($"/programs/{program}/roster?cancelled=true");
        }).RequireFormToken();
    }
}
