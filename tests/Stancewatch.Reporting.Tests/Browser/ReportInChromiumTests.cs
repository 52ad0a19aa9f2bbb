using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Stancewatch.Analysis.Tests.Support;

namespace Stancewatch.Reporting.Tests.Browser;

/// <summary>
/// Opens the report in a real headless Chromium (Debian's /usr/bin/chromium; .ci/run installs it): the page's script
/// runs without errors, nothing is fetched, the main views exist in the live DOM, and screenshots of three views are
/// non-blank PNGs of the window's size that differ from each other. Set STANCEWATCH_BROWSER_OUT to a folder to keep
/// the report and screenshots.
/// </summary>
public sealed class ReportInChromiumTests : IDisposable
{
    private const int Width = 1200, Height = 900;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stancewatch-report-" + Guid.NewGuid().ToString("N"));
    private readonly string _html;

    public ReportInChromiumTests()
    {
        Directory.CreateDirectory(_folder);
        _html = Path.Combine(_folder, "report.html");
        var options = new HtmlReportOptions
        {
            ActorNames = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string> { ["KAZ"] = "Kazakhstan", ["UZB"] = "Uzbekistan", ["RUS"] = "Russia" }),
        };
        using var stream = File.Create(_html);
        HtmlReportWriter.Write(SampleAnalysis.Rich(), SampleAnalysis.Documents, stream, options);
    }

    [Fact]
    public void Report_RunsItsScriptWithoutErrors_AndShowsTheMainViews()
    {
        Assert.SkipUnless(HeadlessChromium.IsInstalled, $"{HeadlessChromium.Executable} is missing (apt-get install chromium); the browser test needs it.");

        var (dom, log) = new HeadlessChromium().DumpDom(_html);
        Keep("dom.html", dom);

        var page = new HtmlParser().ParseDocument(dom);
        Assert.True(page.Body is not null, "chromium printed no DOM; its log:\n" + log);
        Assert.Equal("ready", page.Body!.GetAttribute("data-script"));
        Assert.False(page.GetElementById("filter")!.HasAttribute("hidden"), "the script shows the filter box");
        Assert.StartsWith("Interactive features ready", page.GetElementById("script-status")!.TextContent, StringComparison.Ordinal);
        foreach (string id in new[] { "matrix", "countries", "disputes", "silences", "votes", "events", "sources" })
        {
            Assert.NotNull(page.GetElementById(id));
        }

        Assert.Equal(5, page.QuerySelectorAll("table.matrix tbody tr").Length);
        Assert.Equal(5, page.QuerySelectorAll("svg.timeline").Length);
        Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Refused to", log, StringComparison.Ordinal);       // a CSP violation: something tried to load
        Assert.DoesNotContain(":ERROR:CONSOLE", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ScreenshotsOfTheMainViewsAreDrawn()
    {
        Assert.SkipUnless(HeadlessChromium.IsInstalled, $"{HeadlessChromium.Executable} is missing (apt-get install chromium); the browser test needs it.");
        var chromium = new HeadlessChromium();
        var shots = new List<byte[]>();

        // Headless Chromium paints nothing when a screenshot follows a jump to a fragment, so each view is shown
        // at the top of a copy of the page whose only change is a style rule that hides the other sections.
        foreach (string view in new[] { "", "#country-UZB", "#disputes" })
        {
            string png = Path.Combine(_folder, "view" + shots.Count + ".png");
            string log = chromium.Screenshot(ViewOf(view), png, Width, Height);
            Assert.True(File.Exists(png), $"no screenshot of '{view}'; chromium's log:\n{log}");
            byte[] bytes = File.ReadAllBytes(png);
            Keep("view" + shots.Count + ".png", bytes);
            var image = PngImage.Read(bytes);

            Assert.Equal((Width, Height), (image.Width, image.Height));
            Assert.InRange(image.DrawnFraction(), 0.02, 0.9);
            Assert.True(image.ColourCount() > 20, $"view '{view}' has only {image.ColourCount()} colours");
            Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
            shots.Add(bytes);
        }

        Assert.True(PngImage.Read(shots[0]).Contains(0x08306B) || PngImage.Read(shots[0]).Contains(0x6B6B6B), "the matrix view shows stance badges");
        Assert.True(PngImage.Read(shots[2]).Contains(0xFFF3A3), "the disputes view shows highlighted sentences");
        Assert.Equal(shots.Count, shots.Select(Convert.ToHexString).Distinct(StringComparer.Ordinal).Count());
    }

    private string ViewOf(string view)
    {
        if (view.Length == 0)
        {
            return new Uri(_html).AbsoluteUri;
        }

        string id = view[1..];
        string rule = $"<style>header, main > section:not(#{id}):not(:has(#{id})), #countries > :not(#{id}), footer {{ display: none; }}</style></head>";
        string copy = Path.Combine(_folder, id + ".html");
        File.WriteAllText(copy, File.ReadAllText(_html).Replace("</head>", rule, StringComparison.Ordinal));
        return new Uri(copy).AbsoluteUri;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temporary files only.
        }
    }

    private void Keep(string name, string text) => Keep(name, System.Text.Encoding.UTF8.GetBytes(text));

    private void Keep(string name, byte[] bytes)
    {
        string? outDir = Environment.GetEnvironmentVariable("STANCEWATCH_BROWSER_OUT");
        if (!string.IsNullOrEmpty(outDir))
        {
            Directory.CreateDirectory(outDir);
            File.WriteAllBytes(Path.Combine(outDir, name), bytes);
            File.Copy(_html, Path.Combine(outDir, "report.html"), overwrite: true);
        }
    }
}
