using MentorEval.Web.SignIn;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MentorEval.Web.Tests.Support;

/// <summary>
/// The web app in the test host on a database of its own (a temporary SQLite file), which it fills with the
/// repository's sample program on start, as on a fresh clone. Keeps the sign-in link it prints.
/// </summary>
public class WebApp : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mentoreval-web-tests-" + Path.GetRandomFileName());

    public string Database => Path.Combine(Folder, "program.db");

    public RecordingAnnouncer Announcer { get; } = new();

    public ShiftedTime Time { get; } = new();

    /// <summary>The test host's environment; Production makes the cookie Secure.</summary>
    protected virtual string Environment => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment(Environment);
        builder.UseSetting("db", Database);
        builder.UseSetting("data", Path.Combine(Folder, "web-data"));
        builder.UseSetting("sample", Repository.Path("sample-data"));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<SignInAnnouncer>(Announcer);
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    /// <summary>A client signed in through the one-time link the app printed (which is then spent).</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var link = Announcer.Link ?? throw new InvalidOperationException("The app printed no sign-in link.");
        var response = await client.GetAsync(new Uri(link, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(link).PathAndQuery : link);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        return client;
    }

    private Task<HttpClient>? signedIn;

    /// <summary>One signed-in client for every test of a fixture: the link works once.</summary>
    public Task<HttpClient> SignedInOnceAsync() => signedIn ??= SignedInClientAsync();

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}

public sealed class ProductionWebApp : WebApp
{
    protected override string Environment => "Production";
}

public sealed class RecordingAnnouncer : SignInAnnouncer
{
    public string? Link { get; private set; }

    public override void Announce(string address, string? link, TimeSpan lifetime) => Link = link;
}

/// <summary>The clock, which a test may move forward.</summary>
public sealed class ShiftedTime : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}

public static class Repository
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "MentorEval.sln"))) folder = folder.Parent;
            return folder?.FullName ?? throw new InvalidOperationException("MentorEval.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);
}
