namespace MentorEval.Cli.Tests.Support;

/// <summary>The checkout the tests run from, for files tests compare against (sample-data/, fixtures of other projects).</summary>
public static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MentorEval.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"No MentorEval.sln above {AppContext.BaseDirectory}.");
    }
}
