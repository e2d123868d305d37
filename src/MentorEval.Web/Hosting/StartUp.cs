using MentorEval.Application;
using MentorEval.Application.Demo;
using MentorEval.Application.Programs;
using MentorEval.Web.SignIn;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MentorEval.Web.Hosting;

/// <summary>
/// Before serving: opens (and migrates) the database, loads the sample program into it when it holds no pairs (the same
/// use case as `mentoreval demo`), and issues the first administrator's one-time sign-in link; once listening, prints
/// the address and the link.
/// </summary>
public static class StartUp
{
    /// <returns>False when the app cannot serve (the database cannot be used): the reason is logged.</returns>
    public static async Task<bool> PrepareAsync(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<WebSettings>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MentorEval.Web");
        var workspace = app.Services.GetRequiredService<Workspace>();
        // The demo's report and any generated sample go to a scratch folder: the program's data is in the database.
        var scratch = Path.Combine(Path.GetTempPath(), "mentoreval-web-" + Path.GetRandomFileName());
        try
        {
            var outcome = await new RunDemo(workspace).RunAsync(new DemoRequest(scratch, settings.Sample) { IntoWorkspace = true }, null, app.Lifetime.ApplicationStopping);
            switch (outcome)
            {
                case DemoOutcome.Finished finished:
                    log.LogInformation("The database was empty: loaded the sample program into {Database} ({Responses} responses, cohorts up to {Cohort}).",
                        finished.Summary.Database, finished.Summary.ResponsesImported, finished.Summary.ReportedCohort);
                    break;
                case DemoOutcome.ProgramAlreadyLoaded loaded:
                    log.LogInformation("Serving the program in {Database}.", loaded.Database);
                    break;
                case IRefused refused:
                    log.LogError("MentorEval cannot start: {Reason}", refused.Message);
                    return false;
            }
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }

        var links = app.Services.GetRequiredService<SignInLinks>();
        var token = settings.NewSignInLink ? links.Issue() : links.IssueIfNoAdministrator();
        var announcer = app.Services.GetRequiredService<SignInAnnouncer>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
            announcer.Announce(address, token is null ? null : $"{address}{SignInEndpoints.LinkPath}{token}", SignInLinks.LinkLifetime);
        });
        return true;
    }
}
