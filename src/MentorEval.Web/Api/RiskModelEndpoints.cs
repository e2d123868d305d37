using System.Collections.Concurrent;
using MentorEval.Application;
using MentorEval.Application.Programs;
using MentorEval.Application.Risk;

namespace MentorEval.Web.Api;

/// <summary>The risk-model page's Train button: trains on finished cohorts, then sends the browser back to the page with the outcome (Components/Pages/RiskModelPage.razor).</summary>
public static class RiskModelEndpoints
{
    public static void MapRiskModelTraining(this WebApplication app) =>
        app.MapPost("/programs/{program}/risk-model/train", async (string program, Workspace workspace, TrainingOutcomes outcomes, CancellationToken cancel) =>
        {
            if (!ProgramName.Exists(program)) return Results.NotFound();
            var outcome = await new TrainRiskModel(workspace).RunAsync(new TrainRequest(), null, cancel);
            return Results.Redirect($"/programs/{program}/risk-model?training={outcomes.Keep(outcome)}");
        }).RequireFormToken().ExcludeFromDescription();
}

/// <summary>
/// What the latest training runs came to, by a random id, so the page the browser is sent back to can show it (POST, then
/// redirect, then GET). Kept in memory: an outcome is only worth showing right after the run.
/// </summary>
public sealed class TrainingOutcomes
{
    private const int Kept = 20;
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, TrainOutcome Outcome)> outcomes = new();

    public string Keep(TrainOutcome outcome)
    {
        var id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        outcomes[id] = (DateTimeOffset.UtcNow, outcome);
        foreach (var old in outcomes.OrderByDescending(o => o.Value.At).Skip(Kept)) outcomes.TryRemove(old.Key, out _);
        return id;
    }

    public TrainOutcome? Find(string? id) => id is not null && outcomes.TryGetValue(id, out var kept) ? kept.Outcome : null;
}
