using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Stancewatch.Analysis;
using Stancewatch.Analysis.Tests.Support;
using Stancewatch.Extraction;

namespace Stancewatch.Reporting.Tests;

public sealed class HtmlReportWriterTests
{
    private static readonly HtmlReportOptions Names = new()
    {
        ActorNames = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            ["KAZ"] = "Kazakhstan", ["KGZ"] = "Kyrgyzstan", ["TJK"] = "Tajikistan", ["TKM"] = "Turkmenistan", ["UZB"] = "Uzbekistan", ["RUS"] = "Russia",
        }),
    };

    private static string Render(AnalysisResult? result = null, HtmlReportOptions? options = null) =>
        HtmlReportWriter.Write(result ?? SampleAnalysis.Rich(), SampleAnalysis.Documents, options ?? Names);

    [Fact]
    public void Report_HasEveryMainView()
    {
        var page = new HtmlParser().ParseDocument(Render());

        foreach (string id in new[] { "matrix", "countries", "disputes", "silences", "votes", "events", "sources" })
        {
            Assert.NotNull(page.GetElementById(id));
        }

        var rows = page.QuerySelectorAll("table.matrix tbody tr");
        Assert.Equal(["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], rows.Select(r => r.QuerySelector("th a")!.TextContent));
        Assert.Equal("NEUTRAL", rows[0].QuerySelector(".badge")!.TextContent);
        Assert.Equal(["recognition", "troops", "votes"], page.QuerySelectorAll("table.matrix thead th").Skip(5).Select(th => th.TextContent));
        Assert.Equal(5, page.QuerySelectorAll("#countries svg.timeline").Length);
        Assert.Equal(2, page.QuerySelectorAll("#disputes .account").Length);
        Assert.Contains("says nothing", page.QuerySelectorAll("#disputes .account")[1].TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("#silences table tbody tr"));     // the inferred one, without a sentence
        Assert.Equal(3, page.QuerySelectorAll("#silences ol.findings > li").Length);
    }

    [Fact]
    public void Report_HighlightsTheSentenceInItsParagraph_WithItsSource()
    {
        var page = new HtmlParser().ParseDocument(Render());
        var claim = page.GetElementById("claim-c4")!;

        var quote = claim.QuerySelector("blockquote")!;
        Assert.Equal(SampleAnalysis.ParagraphsA[1][0], quote.QuerySelector("mark")!.TextContent);
        Assert.Contains(SampleAnalysis.ParagraphsA[1][1], quote.TextContent, StringComparison.Ordinal); // the rest of the paragraph
        Assert.DoesNotContain(SampleAnalysis.ParagraphsA[0][1], quote.TextContent, StringComparison.Ordinal); // not the paragraph before
        var caption = claim.QuerySelector("figcaption")!;
        Assert.Contains("Kazakhstan keeps its distance", caption.TextContent, StringComparison.Ordinal);
        Assert.Contains("Steppe Wire", caption.TextContent, StringComparison.Ordinal);
        Assert.Contains("2022-03-03", caption.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://example.org/a?x=1&y=2", caption.QuerySelector("a.external")!.GetAttribute("href"));
        Assert.Contains("cue “understanding” attributed by RUS", claim.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MarksTheClauseInsideTheSentence()
    {
        var page = new HtmlParser().ParseDocument(Render());

        var strong = page.GetElementById("event-e1")!.QuerySelector("mark strong")!;

        Assert.Equal("it would not send troops to Ukraine", strong.TextContent);
    }

    [Fact]
    public void Report_EscapesAllText()
    {
        string html = Render();

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>energy</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Single(page.QuerySelectorAll("script"));
    }

    [Fact]
    public void Report_FetchesNothing()
    {
        var page = new HtmlParser().ParseDocument(Render());

        Assert.Empty(page.QuerySelectorAll("link, img, iframe, object, embed, audio, video, source"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(s.HasAttribute("src")));
        string css = string.Concat(page.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.DoesNotContain("url(", css, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EveryInternalLinkHasATarget_AndIdsAreUnique()
    {
        var page = new HtmlParser().ParseDocument(Render());

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var targets = page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).Distinct(StringComparer.Ordinal);
        Assert.All(targets, t => Assert.Contains(t, ids));
    }

    [Fact]
    public void Report_IsDeterministic() => Assert.Equal(Render(), Render());

    [Fact]
    public void Report_ShowsASentenceAlone_WhenTextOrOffsetsAreMissing()
    {
        var rich = SampleAnalysis.Rich();
        var broken = rich with
        {
            Claims = [rich.Claims[0] with { Evidence = rich.Claims[0].Evidence with { Start = 90_000, End = 90_010, Text = "A sentence that is not in the document." } }],
            Votes = [rich.Votes[0] with { Evidence = rich.Votes[0].Evidence with { Doc = "unknown-doc" } }],
        };

        var page = new HtmlParser().ParseDocument(Render(broken));

        Assert.Equal("A sentence that is not in the document.", page.GetElementById("claim-c4")!.QuerySelector("mark")!.TextContent);
        Assert.Contains("unknown-doc", page.GetElementById("votes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_RendersAnEmptyAnalysis()
    {
        var empty = new AnalysisResult { Topic = "none", Documents = [], Events = [], Claims = [], Silences = [], Disputes = [], Profiles = [], Votes = [] };

        var page = new HtmlParser().ParseDocument(HtmlReportWriter.Write(empty, []));

        Assert.Contains("No government positions were found.", page.GetElementById("matrix")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No disputes were found.", page.GetElementById("disputes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_LinksEachClaimAndPlacesUndatedOnesApart()
    {
        var page = new HtmlParser().ParseDocument(Render());

        var uzb = page.GetElementById("country-UZB")!.QuerySelector("svg")!;
        Assert.Equal(["#claim-c4", "#claim-c5"], uzb.QuerySelectorAll("a[href^='#claim-']").Select(a => a.GetAttribute("href")));
        Assert.NotNull(uzb.QuerySelector("path.trend"));
        Assert.Contains("2 claims", uzb.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        var kgz = page.GetElementById("country-KGZ")!.QuerySelector("svg")!;
        Assert.Single(kgz.QuerySelectorAll("a path.point"));    // MEDIA's undated claim: a triangle
        Assert.Single(kgz.QuerySelectorAll("a circle.point.silence"));  // the retraction, on the SILENT row
        var tjk = page.GetElementById("country-TJK")!.QuerySelector("svg")!;
        Assert.Single(tjk.QuerySelectorAll("circle.point.silence.inferred"));
    }
}
