using MentorEval.Application;
using MentorEval.Application.Programs;

namespace MentorEval.Web.Api;

public sealed record Health(string Status, bool DatabaseAnswers);

public static class HealthEndpoint
{
    /// <summary>
    /// GET /health, without sign-in: 200 when the database answers, 503 when it does not. Anyone may ask, so the reason
    /// (which names the database) goes to the server's log only.
    /// </summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (Workspace workspace, ILoggerFactory logs, CancellationToken cancel) =>
            {
                if (await new CheckDatabase(workspace).RunAsync(cancel) is not DatabaseCheck.Refused refused) return Results.Json(new Health("ok", true));
                logs.CreateLogger("MentorEval.Web.Health").LogWarning("The database does not answer: {Reason}", ((IRefused)refused).Message);
                return Results.Json(new Health("unavailable", false), statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymous().WithTags("Health");
}
