using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>A leader imports a Qualtrics export through the wizard in Chromium, with the keyboard only.</summary>
public sealed partial class ImportWizardJourneyTests
{
    private const string Hostile = "<script>alert(1)</script>";
    private const string HostileId = "=HYPERLINK(\"http://evil.example\",\"open\")";

    /// <summary>
    /// Ten month-6 check-ins as a new wave: row 5 of the file (the 2nd response) answers "trust" with "Sometimes", no label of the scale; row 7 answers
    /// "communicate_openly" with a script; row 9 names a pair whose id is a spreadsheet formula. Seven rows are good.
    /// </summary>
    private static byte[] Export() => QualtricsExport.CheckIns(10, (row, cells) =>
    {
        if (row == 2) cells["trust"] = "Sometimes";
        if (row == 4) cells["communicate_openly"] = Hostile;
        if (row == 6) cells["pair_id"] = HostileId;
    });

    /// <summary>The first sample check-in's answer to <paramref name="item"/> (1–5), which the export writes as its label.</summary>
    private static int SampleAnswer(string item)
    {
        var sample = File.ReadAllLines(Repository.Path("sample-data/responses/month-6/relationship-checkin.csv"));
        return int.Parse(sample[1].Split(',')[Array.IndexOf(sample[0].Split(','), item)], System.Globalization.CultureInfo.InvariantCulture);
    }

    [BrowserFact]
    public async Task A_Qualtrics_export_with_bad_labels_shows_its_rejects_stores_only_the_valid_rows_and_is_recognised_when_uploaded_again()
    {
        await using var app = await RunningApp.StartAsync();
        await using var browser = await Browser.SignedInAsync(app);
        var page = browser.Page;
        var folder = Directory.CreateTempSubdirectory("mentoreval-web-import-").FullName;
        var file = Path.Combine(folder, "check-ins-month-9.csv");
        await File.WriteAllBytesAsync(file, Export());
        try
        {
            await page.GotoAsync(app.Address + "/programs/default/import");
            await browser.ShouldPassAxeAsync();
            // Keyboard only: Tab to the file box, Space opens the file chooser, Tab to Upload, Enter.
            await browser.TabToAsync("export");
            var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
            await chooser.SetFilesAsync(file);
            await page.Keyboard.PressAsync("Tab");
            await browser.NavigateAsync(() => page.Keyboard.PressAsync("Enter"));
            page.Url.ShouldMatch(WizardAddress().ToString());

            (await page.Locator("#tool").InnerTextAsync()).ShouldBe("Qualtrics");
            (await page.Locator("#encoding").InnerTextAsync()).ShouldContain("UTF-8");
            (await page.Locator("#instrument").InputValueAsync()).ShouldBe("relationship-checkin", "the instrument whose questions match the columns is suggested");
            (await page.Locator("#choose").InnerTextAsync()).ShouldContain("wave");

            await browser.TabToAsync("wave");
            await page.Keyboard.TypeAsync("month-9");
            await browser.NavigateAsync(() => page.Keyboard.PressAsync("Enter"));

            // The mapping: every question found, reverse keys said.
            var mapping = await Rows(page, "#mapping");
            mapping.Length.ShouldBe(17);
            mapping.Single(r => r[0] == "replies_slow")[3].ShouldStartWith("yes");
            mapping.Single(r => r[0] == "trust")[3].ShouldBe("no");
            // The first rows as stored: labels turned into values, a reversed answer with its scored value.
            var preview = await Rows(page, "#rows");
            preview.Length.ShouldBe(5);
            var header = await page.EvalOnSelectorAllAsync<string[]>("#rows thead th", "cells => cells.map(c => c.innerText.trim())");
            var first = preview[0];
            first[1].ShouldBe("Yes");
            var communicates = SampleAnswer("communicate_openly");
            var slow = SampleAnswer("replies_slow");
            first[Array.IndexOf(header, "communicate_openly")].ShouldBe($"{QualtricsExport.Label(communicates)} → {communicates}");
            first[Array.IndexOf(header, "replies_slow (reversed)")].ShouldBe($"{QualtricsExport.Label(slow)} → {slow}, scored {6 - slow}");
            preview[1][1].ShouldBe("No: trust");
            preview[1][Array.IndexOf(header, "trust")].ShouldBe("Sometimes");

            // Every row checked: three rejected, with row, column, value and why; hostile text shown as text.
            (await page.Locator("#checked").InnerTextAsync()).ShouldStartWith("7 of 10 rows can be stored");
            var rejects = await Rows(page, "#rejects");
            rejects.Select(r => (r[0], r[1], r[2])).ShouldBe([("5", "trust", "Sometimes"), ("7", "communicate_openly", Hostile), ("9", "pair_id", HostileId)]);
            rejects.ShouldAllBe(r => r[3].Length > 0);
            (await page.Locator("main script").CountAsync()).ShouldBe(0);
            browser.Dialogs.ShouldBeEmpty();
            await browser.ShouldPassAxeAsync();
            // The screenshot shows the rows as stored and the rejects.
            await page.EvaluateAsync("document.getElementById('first-rows').scrollIntoView()");
            await browser.ScreenshotAsync("web-import");

            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=Download every rejected row (CSV)"));
            var csv = await File.ReadAllTextAsync(await download.PathAsync());
            csv.ShouldStartWith("file,row,column,severity,code,message,fix,item,value\n");
            csv.ShouldContain("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\"", customMessage: "a formula-like id is escaped in the CSV");
            csv.ShouldNotContain(",=HYPERLINK");
            csv.ShouldContain(Hostile);

            await browser.TabToAsync("import");
            await browser.NavigateAsync(() => page.Keyboard.PressAsync("Enter"));
            (await page.Locator("#done").InnerTextAsync()).ShouldContain("7 responses stored");
            var stored = JsonNode.Parse(await (await page.Context.APIRequest.GetAsync(app.Address + "/api/programs/default/cohorts")).TextAsync())!["lastImport"]!;
            stored["imported"]!.GetValue<int>().ShouldBe(7);
            stored["rejected"]!.GetValue<int>().ShouldBe(3);

            // The same file again is recognised, and cannot be imported twice.
            await page.GotoAsync(app.Address + "/programs/default/import");
            await page.SetInputFilesAsync("#export", file);
            await browser.NavigateAsync(() => page.ClickAsync("#upload button"));
            page.Url.ShouldMatch(WizardAddress().ToString());
            await page.FillAsync("#wave", "month-9");
            await browser.NavigateAsync(() => page.ClickAsync("text=Show how it will be read"));
            (await page.Locator("#already").InnerTextAsync()).ShouldContain("already imported for relationship-checkin");
            (await page.Locator("#import").CountAsync()).ShouldBe(0);

            // Cancelling deletes the upload: its page is gone.
            var wizard = page.Url;
            await browser.NavigateAsync(() => page.ClickAsync("#cancel"));
            (await page.Locator("body").InnerTextAsync()).ShouldContain("cancelled");
            (await page.GotoAsync(wizard))!.Status.ShouldBe(404);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<string[][]> Rows(Microsoft.Playwright.IPage page, string table) =>
        page.EvalOnSelectorAllAsync<string[][]>($"{table} tbody tr", "rows => rows.map(r => [...r.cells].map(c => c.innerText.trim()))");

    [GeneratedRegex(@"/programs/default/import/[a-f0-9]{32}")]
    private static partial Regex WizardAddress();
}
