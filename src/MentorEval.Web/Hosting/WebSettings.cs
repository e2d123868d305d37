using MentorEval.Application.Programs;

namespace MentorEval.Web.Hosting;

/// <summary>
/// What the app was pointed at, as for the CLI: --db or MENTOREVAL_DB (else ./mentoreval.db), --instruments or
/// MENTOREVAL_INSTRUMENTS; plus the web's own: --sample (the sample program loaded into an empty database),
/// --data or MENTOREVAL_WEB_DATA (sign-in state and cookie keys, default ./.mentoreval-web), --new-sign-in-link.
/// </summary>
public sealed record WebSettings(string CurrentDirectory, string? Database, string? DatabaseVariable, string InstrumentFolder, string? Sample, string DataFolder,
    bool NewSignInLink)
{
    public static WebSettings From(IConfiguration configuration, string currentDirectory)
    {
        var instruments = Application.Programs.Workspace.InstrumentFolderOf(configuration["instruments"], Environment.GetEnvironmentVariable("MENTOREVAL_INSTRUMENTS"),
            currentDirectory, Path.Combine(AppContext.BaseDirectory, "instruments"));
        var data = configuration["data"] ?? Environment.GetEnvironmentVariable("MENTOREVAL_WEB_DATA") ?? ".mentoreval-web";
        return new WebSettings(currentDirectory, configuration["db"], Environment.GetEnvironmentVariable("MENTOREVAL_DB"), instruments, configuration["sample"],
            Path.GetFullPath(data, currentDirectory), configuration.GetValue<bool>("new-sign-in-link"));
    }

    public Workspace Workspace() => new(CurrentDirectory, Database, DatabaseVariable, InstrumentFolder)
    {
        SoftwareVersion = typeof(WebSettings).Assembly.GetName().Version?.ToString(3) ?? "unknown",
    };
}
