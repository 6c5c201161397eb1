using System.Text.Json;
using Microsoft.Playwright;

namespace CandidateBank.Api.Tests;

/// <summary>
/// Debian's Chromium (tests/run.sh installs it) driven by Playwright, with no browser download. Each page can be
/// checked by axe-core (tests/interop/node_modules, installed by run.sh) and photographed into
/// tests/TestResults/browser, which CI keeps as the artefacts of the run.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public static string Artefacts => Path.Combine(Repository.Root, "tests", "TestResults", "browser");

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<Browser> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run the tests with 'bash tests/run.sh', which installs Debian's chromium.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(Artefacts);
        return new Browser(playwright, browser);
    }

    /// <summary>A fresh session (its own cookies) at a phone's width or a desk's. CSP is bypassed only so axe-core can be injected.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl, int width = 1280) =>
        await (await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 }, BypassCSP = true, Locale = "da-DK",
        })).NewPageAsync();

    public static async Task SignInAsync(IPage page, string key)
    {
        await page.GotoAsync("/app/sign-in");
        await page.GetByLabel("Nøgle").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artefacts, name + ".png"), FullPage = true });

    /// <summary>axe-core's serious and critical violations on the page as it stands (WCAG 2.1 A and AA rules), one line each.</summary>
    public static async Task<List<string>> AccessibilityProblemsAsync(IPage page)
    {
        var axe = Path.Combine(Repository.Root, "tests", "interop", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), "axe-core is missing: run the tests with 'bash tests/run.sh', which installs it with npm.");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axe });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')'))");
        return JsonSerializer.Deserialize<List<string>>(json)!;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
