namespace MentorEval.Web.Api;

/// <summary>
/// Uploaded files, copied in pieces to a folder of their own with a random name under the system's temporary folder
/// (outside the web root), and deleted with it when the request is done.
/// </summary>
public static class Uploads
{
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mentoreval-upload-" + Path.GetRandomFileName());
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The upload on disk. Inside its random folder it keeps the name it was sent with, cleaned, so messages and the program's import history name the user's file.</summary>
    public static async Task<Upload> SaveAsync(IFormFile file, CancellationToken cancel)
    {
        var folder = NewFolder();
        var name = SafeName(file.FileName);
        var path = Path.Combine(folder, name);
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            await file.CopyToAsync(target, cancel);
        return new Upload(folder, path, name);
    }

    /// <summary>The file name part only, letters, digits, '-', '_' and '.', at most 100 characters; "upload.csv" when nothing is left.</summary>
    public static string SafeName(string sent)
    {
        var name = new string(Path.GetFileName(sent.Replace('\\', '/')).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).Trim('.');
        if (name.Length > 100) name = name[^100..];
        return name.Length == 0 ? "upload.csv" : name;
    }

    public sealed record Upload(string Folder, string Path, string Name) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
