using MentorEval.Application.Instruments;
using MentorEval.Application.Programs;
using Microsoft.AspNetCore.Mvc;

namespace MentorEval.Web.Api;

/// <summary>
/// The REDCap dictionary page's form posts: the upload (staged, nothing saved), save into the instrument library and
/// cancel. Upload and save bind a form, so the framework checks their antiforgery token; cancel checks it itself. The pages are Components/Pages/Redcap*.razor.
/// </summary>
public static class RedcapDictionaryEndpoints
{
    public static void MapRedcapDictionaries(this WebApplication app)
    {
        var pages = app.MapGroup("/programs/{program}/instruments/redcap").ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
                ProgramName.Exists((string)context.HttpContext.GetRouteValue("program")!) ? await next(context) : Results.NotFound());

        pages.MapPost("/upload", async (string program, IFormFile? file, [FromForm] string? form, [FromForm] string? reverse, StagedUploads staged, CancellationToken cancel) =>
            await staged.ReceiveAsync(file, cancel) switch
            {
                StagedUploads.Received.Staged s => Results.Redirect(PreviewAddress(program, s.Upload.Id, form, reverse)),
                StagedUploads.Received.Nothing n => Results.Redirect($"/programs/{program}/instruments/redcap?problem={n.Why}"),
                _ => Results.BadRequest(),
            });

        pages.MapPost("/{upload}/save", ([FromRoute] string program, [FromRoute] string upload, [FromForm] string? form, [FromForm] string? reverse,
            StagedUploads staged, Workspace workspace) =>
        {
            if (staged.Find(upload) is not { HasFile: true } found) return Results.Redirect(PreviewAddress(program, upload, form, reverse));
            if (RedcapPreview.Convert(workspace, found, form, reverse) is not RedcapOutcome.Written { Instrument: var instrument })
                return Results.Redirect(PreviewAddress(program, upload, form, reverse));
            var target = Path.Combine(workspace.InstrumentFolder, $"{instrument.Id}.json");
            if (File.Exists(target)) return Results.Redirect(PreviewAddress(program, upload, form, reverse) + "&exists=true");
            var saved = new ConvertRedcapDictionary(workspace).Run(RedcapPreview.Request(found, form, reverse, target, force: false));
            if (saved is not RedcapOutcome.Written) return Results.Redirect(PreviewAddress(program, upload, form, reverse));
            found.Remove();
            return Results.Redirect($"/programs/{program}/instruments/{Uri.EscapeDataString(instrument.Id)}?saved=true");
        });

        pages.MapPost("/{upload}/cancel", ([FromRoute] string program, [FromRoute] string upload, StagedUploads staged) =>
        {
            staged.Find(upload)?.Remove();
            return Results.Redirect($"/programs/{program}/instruments/redcap?cancelled=true");
        }).RequireFormToken();
    }

    public static string PreviewAddress(string program, string upload, string? form, string? reverse) =>
        $"/programs/{program}/instruments/redcap/{upload}?form={Uri.EscapeDataString(form ?? "")}&reverse={Uri.EscapeDataString(reverse ?? "")}";
}

/// <summary>How the REDCap pages convert a staged dictionary: into the upload's own folder for the preview, into the library on save.</summary>
public static class RedcapPreview
{
    /// <param name="force">Replace the file at <paramref name="output"/>: the preview's own, never one of the library's.</param>
    public static RedcapRequest Request(StagedUpload upload, string? form, string? reverse, string output, bool force) =>
        new(upload.FilePath, form ?? "", output, [Core.Pairs.Role.Mentor, Core.Pairs.Role.Mentee],
            (reverse ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), Force: force);

    /// <summary>The conversion as it would be saved, written beside the upload (replaced on each look).</summary>
    public static RedcapOutcome Convert(Workspace workspace, StagedUpload upload, string? form, string? reverse) =>
        new ConvertRedcapDictionary(workspace).Run(Request(upload, form, reverse, Path.Combine(upload.Folder, "definition.json"), force: true));
}
