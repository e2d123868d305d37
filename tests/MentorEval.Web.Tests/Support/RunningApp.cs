using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace MentorEval.Web.Tests.Support;

/// <summary>
/// The web app as a user starts it: its own process on a free port with a new database, which it fills with the
/// sample program; <see cref="SignInLink"/> is the one-time link it prints.
/// </summary>
public sealed partial class RunningApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    private RunningApp(Process process, string folder, string address, string signInLink)
    {
        this.process = process;
        this.folder = folder;
        Address = address;
        SignInLink = signInLink;
    }

    public string Address { get; }

    public string SignInLink { get; }

    /// <param name="arguments">More options for the app, e.g. --instruments FOLDER.</param>
    public static async Task<RunningApp> StartAsync(params string[] arguments)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mentoreval-web-browser-" + System.IO.Path.GetRandomFileName());
        Directory.CreateDirectory(folder);
        // The app as built beside this test (same configuration).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var app = Repository.Path($"src/MentorEval.Web/bin/{configuration}/net10.0/MentorEval.Web.dll");
        var address = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { app, "--urls", address, "--db", System.IO.Path.Combine(folder, "program.db"), "--data", System.IO.Path.Combine(folder, "web-data"), "--sample", Repository.Path("sample-data") },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["MENTOREVAL_DB"] = null },
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        var link = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            lock (output) output.AppendLine(line.Data);
            if (LinkLine().Match(line.Data) is { Success: true } m) link.TrySetResult(m.Value);
        };
        process.ErrorDataReceived += (_, line) => { lock (output) output.AppendLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.Exited += (_, _) => link.TrySetException(new InvalidOperationException("The web app stopped: " + output));
        process.EnableRaisingEvents = true;
        try
        {
            // Loading the sample program takes seconds; a minute means something is wrong.
            return new RunningApp(process, folder, address, await link.Task.WaitAsync(TimeSpan.FromMinutes(2)));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://\S+/sign-in/link/\S+")]
    private static partial Regex LinkLine();

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
