using System.Globalization;
using System.Text;
using MentorEval.Core.Pairs;
using MentorEval.Core.Retention;
using MentorEval.Core.Sample;
using MentorEval.Core.Tests.Support;

namespace MentorEval.Core.Tests.Retention;

/// <summary>
/// Fixtures/sample-roster.csv is the sample program (default options and seed) with each pair's baseline covariates,
/// the input make_fixtures.R reads. When the generator changes, write it again with MENTOREVAL_WRITE_FIXTURES=1 and
/// rerun the R script.
/// </summary>
public sealed class SampleRosterFixtureTests
{
    [Fact]
    public void The_sample_roster_fixture_is_what_the_generator_makes_today()
    {
        var text = SampleRosterCsv();
        var source = Path.Combine(Repository.Root, "tests", "MentorEval.Core.Tests", "Retention", "Fixtures", "sample-roster.csv");
        if (Environment.GetEnvironmentVariable("MENTOREVAL_WRITE_FIXTURES") == "1") File.WriteAllText(source, text);

        File.ReadAllText(Path.Combine(RReference.Folder, "sample-roster.csv")).ShouldBe(text,
            "the sample program changed: run this test with MENTOREVAL_WRITE_FIXTURES=1, then Rscript tests/MentorEval.Core.Tests/Retention/Fixtures/make_fixtures.R");
    }

    private static string SampleRosterCsv()
    {
        var instruments = ShippedInstruments.Library.Instruments.ToList();
        var program = new SampleProgramGenerator(instruments).Generate(new SampleOptions());
        var covariates = BaselineCovariates.From(program.Roster, SampleResponses.Of(program, instruments));
        var csv = new StringBuilder();
        csv.Append("pair_id,cohort,site,start_date,planned_end_date,status,end_date,closure_reason");
        foreach (var name in covariates.Names) csv.Append(',').Append(name);
        csv.Append('\n');
        foreach (var p in program.Roster)
        {
            csv.Append(string.Join(',', p.PairId, p.Cohort, p.Attributes["site"], Day(p.StartDate), Day(p.PlannedEndDate), PairStatusText.Format(p.Status),
                p.EndDate is { } end ? Day(end) : "", p.ClosureReason ?? ""));
            var values = covariates.ByPair.GetValueOrDefault(p.PairId);
            for (var j = 0; j < covariates.Names.Count; j++)
                csv.Append(',').Append(values is null || double.IsNaN(values[j]) ? "NA" : values[j].ToString("R", CultureInfo.InvariantCulture));
            csv.Append('\n');
        }

        return csv.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
