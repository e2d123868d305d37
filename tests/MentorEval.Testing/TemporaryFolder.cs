namespace MentorEval.Testing;

/// <summary>A new, empty folder under the system's temporary folder for one test; disposing it deletes it and everything in it.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mentoreval-" + Guid.NewGuid().ToString("N"));

    /// <summary>A path inside the folder, from its parts (nothing is created).</summary>
    public string PathOf(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes <paramref name="content"/> to <paramref name="name"/> in the folder (creating its subfolders) and returns its path.</summary>
    public string File(string name, string content)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
