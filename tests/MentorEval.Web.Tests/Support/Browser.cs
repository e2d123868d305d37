using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MentorEval.Web.Tests.Support;

/// <summary>A signed-in Chromium on a running app, for a journey; remembers any dialog a page opened (a script that should never have run).</summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private Browser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public List<string> Dialogs { get; } = [];

    public static async Task<Browser> SignedInAsync(RunningApp app)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium.Path, Headless = true });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.SignInLink);
        return new Browser(playwright, browser, page);
    }

    /// <summary>Presses Tab until the element with this id has the focus (as a keyboard user reaches it).</summary>
    public async Task TabToAsync(string id)
    {
        for (var i = 0; i < 60; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await Page.EvaluateAsync<string?>("document.activeElement && document.activeElement.id") == id) return;
        }

        throw new InvalidOperationException($"Tab never reached #{id}.");
    }

    /// <summary>Does what opens another page (a link, a form, a script's redirect) and waits until that page has loaded.</summary>
    public async Task NavigateAsync(Func<Task> action)
    {
        var response = await Page.RunAndWaitForResponseAsync(action, r => r.Request.IsNavigationRequest && r.Request.Frame == Page.MainFrame && r.Status is < 300 or >= 400);
        await Page.WaitForURLAsync(response.Url);
    }

    /// <summary>axe finds no serious or critical violation on the page as it is now.</summary>
    public async Task ShouldPassAxeAsync()
    {
        var result = await Page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        bad.ShouldBeEmpty($"axe on {Page.Url}");
    }

    public Task ScreenshotAsync(string name, bool fullPage = false) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Repository.Path($"docs/images/{name}.png"), FullPage = fullPage });

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
