using System.Diagnostics;

namespace MentorEval.Cli.Tests.Support;

/// <summary>LibreOffice's soffice (Debian's libreoffice-calc-nogui), which turns a workbook into the PDF a printer would get.</summary>
public static class LibreOffice
{
    private static readonly Lazy<string?> Why = new(FindReason);

    /// <summary>Why the printing tests are skipped, or null when soffice runs.</summary>
    public static string? Unavailable => Why.Value;

    /// <summary>Converts a workbook to PDF beside <paramref name="folder"/>'s other files, with a profile of its own; returns the PDF's path.</summary>
    public static string ToPdf(string workbook, string folder)
    {
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { $"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", folder, workbook })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
        var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(workbook) + ".pdf");
        File.Exists(pdf).ShouldBeTrue($"soffice wrote no PDF: {output.Result}{errors.Result}");
        return pdf;
    }

    /// <summary>The pages of a PDF, counted from its page objects (no tool needed).</summary>
    public static int Pages(string pdf) =>
        System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(pdf, System.Text.Encoding.Latin1), @"/Type\s*/Page[^s]").Count;

    private static string? FindReason()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("soffice", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60))) return "soffice --version did not answer within a minute.";
            return process.ExitCode == 0 ? null : $"soffice --version failed ({process.ExitCode}).";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"No soffice to print the workbook with ({e.Message}): install it with 'apt-get install -y libreoffice-calc-nogui' (bash .ci/run does).";
        }
    }
}

/// <summary>A test that prints with LibreOffice; skipped, with the reason, when soffice cannot be found or run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute() => Skip = LibreOffice.Unavailable;
}
