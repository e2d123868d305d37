namespace MentorEval.Web.Tests.Support;

/// <summary>Debian's Chromium, which the browser tests drive (Playwright's own browser download does not work here).</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Why the browser tests are skipped, or null when Chromium is there to run them.</summary>
    public static string? Unavailable =>
        File.Exists(Path) ? null : $"No Chromium at {Path} for the browser tests: install it with 'apt-get install -y chromium' (bash .ci/run does).";
}

/// <summary>A test in a real browser; skipped, with the reason, when there is no Chromium to run it in.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.Unavailable;
}
