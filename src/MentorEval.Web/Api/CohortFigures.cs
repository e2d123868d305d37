using MentorEval.Application;
using MentorEval.Application.Analysis;
using MentorEval.Application.Programs;
using MentorEval.Application.Risk;
using MentorEval.Core.Analysis;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Pairs;
using MentorEval.Core.Risk;

namespace MentorEval.Web.Api;

/// <summary>A cohort's pairs by status, who answered at each wave, and its scale summaries: what the API and the dashboard show.</summary>
/// <param name="Analysis">Exactly what `mentoreval analyze --cohort C --json` prints (the same use case).</param>
public sealed record CohortView(string Cohort, PairsByStatus Pairs, IReadOnlyList<ResponseCount> Responses, CohortReport Analysis);

public sealed record PairsByStatus(int Running, int Completed, int ClosedEarly);

/// <summary>How many of a role answered an instrument at a wave, out of how many the roster expected; withheld for a small group.</summary>
public sealed record ResponseCount(string Instrument, string Wave, Role Role, bool Withheld, int? Responses, int Expected, double? ResponseRate);

/// <summary>What a page or an endpoint asks of a cohort, from the use cases; a refusal or an unknown cohort comes back as its message.</summary>
public static class CohortFigures
{
    public abstract record Found<T>
    {
        public sealed record Yes(T Value) : Found<T>;

        public sealed record UnknownCohort(string Message) : Found<T>;

        public sealed record Refused(IReadOnlyList<Diagnostic> Diagnostics) : Found<T>, IRefused
        {
            public string Message => ((IRefused)this).Message;
        }
    }

    public static async Task<Found<CohortView>> ViewAsync(Workspace workspace, string cohort, CancellationToken cancel)
    {
        var program = await new DescribeProgram(workspace).RunAsync(cancel);
        if (program is IRefused refusedProgram) return new Found<CohortView>.Refused(refusedProgram.Diagnostics);
        var overview = ((ProgramOutcome.Described)program).Program;
        if (overview.Cohorts.FirstOrDefault(c => c.Cohort == cohort) is not { } pairs) return new Found<CohortView>.UnknownCohort(UnknownCohort(cohort, overview));

        var analysed = await new AnalyseCohort(workspace).RunAsync(new CohortAnalysisRequest(cohort), null, cancel);
        if (analysed is IRefused refused) return new Found<CohortView>.Refused(refused.Diagnostics);
        var report = ((AnalysisOutcome.Analysed)analysed).Report;
        // Every scale of an instrument has the same respondents: one row per instrument, wave and role.
        var responses = report.Groups.GroupBy(g => (g.Instrument, g.Wave, g.Role)).Select(g => g.First())
            .Select(g => new ResponseCount(g.Instrument, g.Wave, g.Role, g.Suppressed, g.Responses, g.Expected, g.ResponseRate)).ToList();
        return new Found<CohortView>.Yes(new CohortView(cohort, new PairsByStatus(pairs.Running, pairs.Completed, pairs.ClosedEarly), responses, report));
    }

    /// <param name="capacity">The share to flag, or null for the model card's (0.2 with the rules).</param>
    public static async Task<Found<PredictResult>> RiskAsync(Workspace workspace, string cohort, FlagCapacity? capacity, CancellationToken cancel)
    {
        var program = await new DescribeProgram(workspace).RunAsync(cancel);
        if (program is IRefused refusedProgram) return new Found<PredictResult>.Refused(refusedProgram.Diagnostics);
        var overview = ((ProgramOutcome.Described)program).Program;
        if (overview.Cohorts.All(c => c.Cohort != cohort)) return new Found<PredictResult>.UnknownCohort(UnknownCohort(cohort, overview));
        var predicted = await new PredictRisk(workspace).RunAsync(new PredictRequest(cohort, Capacity: capacity), null, cancel);
        return predicted is PredictOutcome.Predicted p ? new Found<PredictResult>.Yes(p.Result) : new Found<PredictResult>.Refused(((IRefused)predicted).Diagnostics);
    }

    /// <summary>Why a number of pairs to follow up cannot be used, or null when it can (the risk page's capacity, 1 or more).</summary>
    public static string? CapacityProblem(int? pairs) => pairs is < 1 ? "Pairs we can follow up must be at least 1." : null;

    /// <summary>
    /// The risk list for a number of pairs the leader can follow up (the risk page's capacity, see <see cref="CapacityProblem"/>),
    /// or the default share when null: the use case takes the share of the running pairs it makes.
    /// </summary>
    public static async Task<Found<PredictResult>> RiskForPairsAsync(Workspace workspace, string cohort, int? pairs, CancellationToken cancel)
    {
        var found = await RiskAsync(workspace, cohort, null, cancel);
        if (pairs is not { } wanted || found is not Found<PredictResult>.Yes first || first.Value.Predicted == 0) return found;
        return await RiskAsync(workspace, cohort, FlagCapacity.OfShare((double)Math.Clamp(wanted, 1, first.Value.Predicted) / first.Value.Predicted), cancel);
    }

    /// <summary>Why there is no such cohort (the message pages and the API show), or null when the program has it.</summary>
    public static async Task<string?> UnknownCohortAsync(Workspace workspace, string cohort, CancellationToken cancel)
    {
        if (await new DescribeProgram(workspace).RunAsync(cancel) is not ProgramOutcome.Described described) return null;
        return described.Program.Cohorts.Any(c => c.Cohort == cohort) ? null : UnknownCohort(cohort, described.Program);
    }

    private static string UnknownCohort(string cohort, ProgramOverview overview) =>
        $"There is no cohort \"{Core.Text.Excerpt.Of(cohort)}\" in this program. Its cohorts: {(overview.Cohorts.Count == 0 ? "none yet" : string.Join(", ", overview.Cohorts.Select(c => c.Cohort)))}.";
}
