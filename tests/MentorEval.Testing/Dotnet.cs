namespace MentorEval.Testing;

/// <summary>The dotnet host, for tests that run the built `mentoreval` (or MSBuild) as a separate process.</summary>
public static class Dotnet
{
    /// <summary>The host running the tests (the dotnet CLI sets DOTNET_HOST_PATH), else the one on the PATH.</summary>
    public static string Host =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
