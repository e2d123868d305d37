using MentorEval.Application.Imports;
using MentorEval.Application.Programs;
using MentorEval.Core.Pairs;
using MentorEval.Core.Text;
using Microsoft.AspNetCore.Mvc;

namespace MentorEval.Web.Api;

/// <summary>What the leader chose on the import wizard's form: the instrument, wave, cohort and role; checked as the API checks them.</summary>
public sealed record ImportChoice(string? Instrument, string? Wave, string? Cohort, string? Role)
{
    /// <summary>Why the choice cannot be used yet, in the leader's words; null when it can.</summary>
    public string? Problem
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Wave)) return "Name the check-in these answers belong to (the wave, e.g. month-3) to see how the file will be read.";
            if (NameText.Problem(Wave, "wave name") is { } wave) return wave + ".";
            if (!string.IsNullOrEmpty(Cohort) && NameText.Problem(Cohort, "cohort name") is { } cohort) return cohort + ".";
            if (!string.IsNullOrEmpty(Role) && ParsedRole is null) return $"Who answered must be mentors or mentees (got \"{Excerpt.Of(Role)}\").";
            return null;
        }
    }

    public Role? ParsedRole => Enum.TryParse<Role>(Role, ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : null;

    public string? CohortOrNull => string.IsNullOrWhiteSpace(Cohort) ? null : Cohort;

    /// <summary>The whole file checked as the import would, storing nothing; its rejected rows written to the upload's rejects CSV.</summary>
    public ImportRequest DryRun(StagedUpload upload, string instrument) =>
        new(upload.FilePath, instrument, Wave: Wave, Cohort: CohortOrNull, Role: ParsedRole, DryRun: true, RejectsPath: upload.RejectsPath);
}

/// <summary>
/// The import wizard's form posts: the upload (streamed to a staged file), the import and the cancel, and the rejected
/// rows' CSV. The pages themselves are Razor components (Components/Pages/Import*.razor).
/// </summary>
public static class ImportWizardEndpoints
{
    public static void MapImportWizard(this WebApplication app)
    {
        var wizard = app.MapGroup("/programs/{program}/import").ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
                ProgramName.Exists((string)context.HttpContext.GetRouteValue("program")!) ? await next(context) : Results.NotFound());

        wizard.MapPost("/upload", (string program, HttpContext context, StagedUploads staged, CancellationToken cancel) =>
            StageAsync(context, staged, $"/programs/{program}/import", cancel)).DisableAntiforgery().AllowLargeUploads();

        wizard.MapPost("/{upload}/import", async (string program, string upload, [FromForm] string? instrument, [FromForm] string? wave, [FromForm] string? cohort,
            [FromForm] string? role, StagedUploads staged, Workspace workspace, CancellationToken cancel) =>
        {
            if (staged.Find(upload) is not { HasFile: true } found) return Results.Redirect($"/programs/{program}/import/{upload}");
            var choice = new ImportChoice(instrument, wave, cohort, role);
            if (choice.Problem is not null || string.IsNullOrEmpty(instrument)) return Results.Redirect(WizardAddress(program, found, choice));
            var outcome = await new ImportResponses(workspace).RunAsync(choice.DryRun(found, instrument) with { DryRun = false }, null, cancel);
            if (outcome is ImportOutcome.Committed or ImportOutcome.AlreadyImported or ImportOutcome.RolledBack)
            {
                var s = outcome switch { ImportOutcome.Committed c => c.Summary, ImportOutcome.AlreadyImported a => a.Summary, _ => ((ImportOutcome.RolledBack)outcome).Summary };
                found.Finish(new ImportDone(found.Name, instrument, wave!, outcome is ImportOutcome.AlreadyImported, s.RowsRead, s.Imported, s.Replaced, s.Skipped, s.Rejected));
            }

            // A refusal is shown by the wizard, which meets it again when it checks the file.
            return Results.Redirect(WizardAddress(program, found, choice));
        });

        wizard.MapPost("/{upload}/cancel", (string program, string upload, StagedUploads staged) =>
        {
            staged.Find(upload)?.Remove();
            return Results.Redirect($"/programs/{program}/import?cancelled=true");
        }).RequireFormToken();

        wizard.MapGet("/{upload}/rejects.csv", (string upload, StagedUploads staged) =>
            staged.Find(upload) is { } found && File.Exists(found.RejectsPath)
                ? Results.File(found.RejectsPath, "text/csv; charset=utf-8", Path.GetFileNameWithoutExtension(found.Name) + ".rejects.csv")
                : Results.NotFound());
    }

    /// <summary>
    /// Receives a wizard's upload and sends the browser to the wizard's page for it (<paramref name="wizard"/>/id), or back
    /// to the upload form with the problem. The file is read from the request as it arrives, so it cannot go through
    /// the form's antiforgery check (which reads the whole form first): the sign-in cookie is SameSite=Lax, which no
    /// other site's form post carries, and a post whose Origin is another site is refused as well.
    /// </summary>
    public static async Task<IResult> StageAsync(HttpContext context, StagedUploads staged, string wizard, CancellationToken cancel)
    {
        if (context.Request.Headers.Origin is [{ } origin] && !SameOrigin(origin, context.Request)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        return await staged.ReceiveAsync(context.Request, cancel) switch
        {
            StagedUploads.Received.Staged s => Results.Redirect($"{wizard}/{s.Upload.Id}"),
            StagedUploads.Received.Nothing nothing => Results.Redirect($"{wizard}?problem={nothing.Why}"),
            _ => throw new InvalidOperationException("Unknown upload outcome."),
        };
    }

    /// <summary>Up to <see cref="StagedUploads.MaxBytes"/>, past the server's usual limit on a request's size.</summary>
    public static RouteHandlerBuilder AllowLargeUploads(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(new RequestSizeLimitAttribute(StagedUploads.MaxBytes)).WithFormOptions(multipartBodyLengthLimit: StagedUploads.MaxBytes);

    public static string WizardAddress(string program, StagedUpload upload, ImportChoice choice)
    {
        var fields = new Dictionary<string, string?> { ["instrument"] = choice.Instrument, ["wave"] = choice.Wave, ["cohort"] = choice.CohortOrNull, ["role"] = choice.Role };
        return $"/programs/{program}/import/{upload.Id}{QueryString.Create(fields.Where(f => !string.IsNullOrEmpty(f.Value)))}";
    }

    private static bool SameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
