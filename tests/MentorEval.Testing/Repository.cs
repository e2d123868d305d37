namespace MentorEval.Testing;

/// <summary>The checkout the tests run from: for the shipped instruments, docs and sample data they read, and fixtures of other projects.</summary>
public static class Repository
{
    private static readonly Lazy<string> Found = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MentorEval.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException($"No MentorEval.sln above {AppContext.BaseDirectory}: run the tests from a checkout of the repository.");
    });

    /// <summary>The folder holding MentorEval.sln.</summary>
    public static string Root => Found.Value;

    /// <summary>A path inside the checkout, from its parts (e.g. "instruments", "mca-26.json").</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
