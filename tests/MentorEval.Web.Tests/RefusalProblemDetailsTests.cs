using System.Text;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>Issue #12: a refused request's problem details carry the same diagnostics the CLI shows, field for field.</summary>
public sealed class RefusalProblemDetailsTests(RefusalProblemDetailsTests.App app) : IClassFixture<RefusalProblemDetailsTests.App>
{
    public sealed class App : WebApp;

    [Fact]
    public async Task A_refused_upload_answers_400_with_the_refusals_diagnostics_code_and_fix()
    {
        var client = await app.SignedInOnceAsync();
        var form = ApiCalls.Form("checkins.csv", Encoding.UTF8.GetBytes("respondent_id,wave\nM1,month-9\n"), ("instrument", "no-such-instrument"), ("wave", "month-9"));

        var problem = await (await client.PostFormAsync("/api/programs/default/imports", form)).ProblemAsync(400);

        var diagnostic = problem["diagnostics"]!.AsArray().ShouldHaveSingleItem()!;
        diagnostic["code"]!.GetValue<string>().ShouldBe("program.instrument-unknown");
        diagnostic["severity"]!.GetValue<string>().ShouldBe("error");
        diagnostic["fix"]!.GetValue<string>().ShouldBe("Use --instruments to point at another folder.");
        problem["detail"]!.GetValue<string>().ShouldContain(diagnostic["message"]!.GetValue<string>());
    }
}
