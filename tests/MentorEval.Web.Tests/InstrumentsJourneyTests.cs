using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>A leader in Chromium reads the instrument library and the risk model's card, then adds a definition from a REDCap dictionary with the keyboard only.</summary>
public sealed class InstrumentsJourneyTests
{
    [BrowserFact]
    public async Task The_instruments_and_risk_model_pages_pass_axe_and_a_REDCap_dictionary_becomes_a_definition_by_keyboard()
    {
        var library = Directory.CreateTempSubdirectory("mentoreval-web-instruments-").FullName;
        foreach (var file in Directory.EnumerateFiles(Repository.Path("instruments"), "*.json"))
            File.Copy(file, Path.Combine(library, Path.GetFileName(file)));
        try
        {
            await using var app = await RunningApp.StartAsync("--instruments", library);
            await using var browser = await Browser.SignedInAsync(app);
            var page = browser.Page;

            await page.GotoAsync(app.Address + "/programs/default");
            await browser.NavigateAsync(() => page.ClickAsync("text=Instruments and their reliability"));
            await browser.ShouldPassAxeAsync();
            await browser.NavigateAsync(() => page.ClickAsync("text=Mentoring relationship check-in"));
            (await page.Locator("#reliability tbody tr").CountAsync()).ShouldBeGreaterThan(0);
            await browser.ShouldPassAxeAsync();
            await page.EvaluateAsync("() => document.getElementById('reliability-heading').scrollIntoView()");
            await browser.ScreenshotAsync("web-instruments");

            await page.GotoAsync(app.Address + "/programs/default/risk-model");
            (await page.Locator("#verdict").InnerTextAsync()).ShouldNotBeEmpty();
            await browser.ShouldPassAxeAsync();

            await page.GotoAsync(app.Address + "/programs/default/instruments");
            await browser.TabToAsync("redcap-link");
            await browser.NavigateAsync(() => page.Keyboard.PressAsync("Enter"));
            await browser.ShouldPassAxeAsync();
            await browser.TabToAsync("dictionary");
            var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
            await chooser.SetFilesAsync(RedcapDictionaryPageTests.Dictionary);
            await browser.TabToAsync("form");
            await page.Keyboard.TypeAsync("mentee_checkin");
            await browser.TabToAsync("reverse");
            await page.Keyboard.TypeAsync("rel_conflict");
            await browser.TabToAsync("send");
            await browser.NavigateAsync(() => page.Keyboard.PressAsync("Enter"));

            (await page.Locator("#summary").InnerTextAsync()).ShouldStartWith("Nothing is saved yet.");
            (await page.Locator("tr[data-item=rel_conflict] td").AllInnerTextsAsync()).ShouldContain("reverse-scored");
            await browser.ShouldPassAxeAsync();
            File.Exists(Path.Combine(library, "mentee-checkin.json")).ShouldBeFalse("the preview saves nothing");

            await browser.TabToAsync("save");
            await browser.NavigateAsync(() => page.Keyboard.PressAsync("Enter"));
            (await page.Locator("#saved").InnerTextAsync()).ShouldStartWith("Added to the library");
            (await page.Locator("#reliability-none").InnerTextAsync()).ShouldStartWith("No responses yet");
            await browser.ShouldPassAxeAsync();
            File.Exists(Path.Combine(library, "mentee-checkin.json")).ShouldBeTrue();
            browser.Dialogs.ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(library, recursive: true);
        }
    }
}
