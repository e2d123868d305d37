using System.Net;
using MentorEval.Application.Programs;
using MentorEval.Web.Api;
using MentorEval.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorEval.Web.Tests;

/// <summary>Issue #13 point 8: reports made on the report page are kept in the app's data folder and served only by the names listed.</summary>
public sealed class ReportPageTests(ReportPageTests.App app) : IClassFixture<ReportPageTests.App>
{
    public sealed class App : WebApp
    {
        private Task<StoredReport>? made;

        /// <summary>One report of 2025-fall, made as the page's button makes it, for every test of the fixture.</summary>
        public Task<StoredReport> MadeAsync() => made ??= MakeAsync();

        private async Task<StoredReport> MakeAsync()
        {
            await SignedInOnceAsync();
            var shelf = Services.GetRequiredService<ReportShelf>();
            var run = shelf.Start(Services.GetRequiredService<Workspace>(), "2025-fall");
            await run.Job;
            run.Problem.ShouldBeNull();
            return shelf.List().Single(r => r.Id == run.Id);
        }
    }

    [Fact]
    public async Task A_report_is_kept_in_the_data_folder_beside_the_uploads_with_its_workbook_and_brief()
    {
        var report = await app.MadeAsync();

        report.Cohort.ShouldBe("2025-fall");
        report.Files.Select(Path.GetExtension).ShouldBe([".xlsx", ".pdf"]);
        foreach (var file in report.Files)
            File.Exists(Path.Combine(app.Folder, "web-data", "reports", report.Id, file)).ShouldBeTrue(file);
    }

    [Fact]
    public async Task A_listed_file_downloads_and_any_other_name_is_not_found()
    {
        var client = await app.SignedInOnceAsync();
        var report = await app.MadeAsync();
        var workbook = Path.GetFileName(report.Files[0]);
        var address = $"/programs/default/reports/{report.Id}";

        var listed = await client.GetAsync($"{address}/{Uri.EscapeDataString(workbook)}");

        listed.StatusCode.ShouldBe(HttpStatusCode.OK);
        listed.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        foreach (var hostile in new[]
                 {
                     $"{address}/..%2Freport.json", $"{address}/..%2F..%2F..%2Fprogram.db", $"{address}/%2Fetc%2Fpasswd", $"{address}/report.json",
                     $"/programs/default/reports/..%2F..%2Fweb-data/sign-in.json", $"/programs/default/reports/{Uri.EscapeDataString(app.Folder)}/program.db",
                     $"/programs/default/reports/no-such-report/{Uri.EscapeDataString(workbook)}", $"/programs/elsewhere/reports/{report.Id}/{Uri.EscapeDataString(workbook)}",
                 })
            (await client.GetAsync(hostile)).StatusCode.ShouldBe(HttpStatusCode.NotFound, hostile);
    }

    [Fact]
    public async Task The_report_page_lists_earlier_reports_with_their_date_and_a_link_to_each_file()
    {
        var client = await app.SignedInOnceAsync();
        var report = await app.MadeAsync();

        var html = await client.GetStringAsync("/programs/default/cohorts/2025-fall/report");

        html.ShouldContain("<table id=\"earlier\">");
        html.ShouldContain(report.MadeAt.ToString("d MMMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC");
        foreach (var file in report.Files) html.ShouldContain($"href=\"/programs/default/reports/{report.Id}/{Uri.EscapeDataString(Path.GetFileName(file))}\"");
    }

    [Fact]
    public async Task The_program_home_and_the_dashboard_link_to_the_report_page()
    {
        var client = await app.SignedInOnceAsync();

        (await client.GetStringAsync("/programs/default")).ShouldContain("href=\"/programs/default/cohorts/2025-fall/report\"");
        (await client.GetStringAsync("/programs/default/cohorts/2025-fall")).ShouldContain("href=\"/programs/default/cohorts/2025-fall/report\"");
    }
}
