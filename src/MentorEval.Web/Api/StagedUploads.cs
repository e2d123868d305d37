using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MentorEval.Web.Api;

/// <summary>
/// Files uploaded through a wizard (a survey export, a roster), kept on disk between its steps: each in a folder of its
/// own under the app's data folder, named by a random id that only the uploader's pages link to. The upload is copied
/// from the request in pieces as it arrives (never whole in memory); a folder goes when the user imports or cancels, and
/// any left behind goes a day later.
/// </summary>
public sealed partial class StagedUploads(string folder, TimeProvider time)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>The largest upload taken: a million-row export is a few hundred megabytes.</summary>
    public const long MaxBytes = 4L << 30;

    public abstract record Received
    {
        public sealed record Staged(StagedUpload Upload) : Received;

        /// <summary>No file was sent (<see cref="NoFile"/>), or an empty one (<see cref="EmptyFile"/>).</summary>
        public sealed record Nothing(string Why) : Received;
    }

    /// <summary>Copies the multipart request's field "file" to a new staged folder.</summary>
    public async Task<Received> ReceiveAsync(HttpRequest request, CancellationToken cancel)
    {
        RemoveStale();
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
            return new Received.Nothing(NoFile);

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancel) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()
                || !string.Equals(disposition.Name.Value, "file", StringComparison.Ordinal))
                continue;
            var sent = disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "";
            if (sent.Length == 0) return new Received.Nothing(NoFile);
            var upload = StagedUpload.Create(folder, Uploads.SafeName(sent));
            await using (var target = new FileStream(upload.FilePath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                await section.Body.CopyToAsync(target, 1 << 16, cancel);
            if (new FileInfo(upload.FilePath).Length > 0) return new Received.Staged(upload);
            upload.Remove();
            return new Received.Nothing(EmptyFile);
        }

        return new Received.Nothing(NoFile);
    }

    /// <summary>Copies a file a form sent with other fields (read by the form binding, which checks its antiforgery token) to a new staged folder.</summary>
    public async Task<Received> ReceiveAsync(IFormFile? file, CancellationToken cancel)
    {
        RemoveStale();
        if (file is null || file.FileName.Length == 0) return new Received.Nothing(NoFile);
        if (file.Length == 0) return new Received.Nothing(EmptyFile);
        var upload = StagedUpload.Create(folder, Uploads.SafeName(file.FileName));
        await using (var target = new FileStream(upload.FilePath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            await file.CopyToAsync(target, cancel);
        return new Received.Staged(upload);
    }

    public const string NoFile = "no-file";

    public const string EmptyFile = "empty-file";

    /// <summary>The staged upload with this id, or null when there is none (a made-up id, or one already imported or cancelled).</summary>
    public StagedUpload? Find(string id)
    {
        if (!Id().IsMatch(id)) return null;
        var staged = Path.Combine(folder, id);
        return Directory.Exists(staged) ? StagedUpload.Open(staged) : null;
    }

    private void RemoveStale()
    {
        if (!Directory.Exists(folder)) return;
        foreach (var old in new DirectoryInfo(folder).EnumerateDirectories().Where(d => Id().IsMatch(d.Name) && d.LastWriteTimeUtc < time.GetUtcNow().UtcDateTime - KeptFor))
        {
            try
            {
                old.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Another request is using it; it goes next time.
            }
        }
    }

    [GeneratedRegex("^[a-f0-9]{32}$")]
    private static partial Regex Id();
}

/// <summary>One staged upload: its folder holds the file (under the name it was sent with, cleaned), then its rejected rows and what importing it did.</summary>
public sealed record StagedUpload(string Id, string Folder, string Name)
{
    private const string FileFolder = "file";

    public string FilePath => Path.Combine(Folder, FileFolder, Name);

    /// <summary>The rejected rows of the last check or import, as CSV (formula-like cells escaped).</summary>
    public string RejectsPath => Path.Combine(Folder, "rejects.csv");

    private string DonePath => Path.Combine(Folder, "done.json");

    public bool HasFile => File.Exists(FilePath);

    public long Bytes => HasFile ? new FileInfo(FilePath).Length : 0;

    internal static StagedUpload Create(string root, string name)
    {
        var id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var folder = Path.Combine(root, id);
        Directory.CreateDirectory(Path.Combine(folder, FileFolder));
        return new StagedUpload(id, folder, name);
    }

    internal static StagedUpload? Open(string folder)
    {
        var file = Path.Combine(folder, FileFolder);
        var name = Directory.Exists(file) ? Directory.EnumerateFiles(file).Select(Path.GetFileName).FirstOrDefault() : null;
        var done = Path.Combine(folder, "done.json");
        name ??= File.Exists(done) ? JsonSerializer.Deserialize<ImportDone>(File.ReadAllText(done))?.File : null;
        return name is null ? null : new StagedUpload(Path.GetFileName(folder), folder, name);
    }

    /// <summary>What importing the file did; the file itself is deleted, its rejected rows kept for download.</summary>
    public void Finish(ImportDone done)
    {
        File.WriteAllText(DonePath, JsonSerializer.Serialize(done));
        Directory.Delete(Path.Combine(Folder, FileFolder), recursive: true);
    }

    public ImportDone? Done => File.Exists(DonePath) ? JsonSerializer.Deserialize<ImportDone>(File.ReadAllText(DonePath)) : null;

    public void Remove()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>What an import from the wizard stored.</summary>
public sealed record ImportDone(string File, string Instrument, string Wave, bool AlreadyImported, int RowsRead, int Imported, int Replaced, int Skipped, int Rejected);
