using Stancewatch.Testing;
using Stancewatch.Text.Reading;

namespace Stancewatch.Text.Tests.Reading;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Example Wire</title>
            <link>https://wire.example.org/</link>
            <language>en</language>
            <item>
              <title>Full item</title>
              <link>https://wire.example.org/full</link>
              <pubDate>Tue, 01 Mar 2022 09:30:00 GMT</pubDate>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>The whole story is here.</p><p>Second paragraph.</p>]]></content:encoded>
            </item>
            <item>
              <title>Summary only</title>
              <link>https://wire.example.org/summary</link>
              <pubDate>Wed, 02 Mar 2022 09:30:00 GMT</pubDate>
              <description>Just a teaser.</description>
            </item>
            <item>
              <title>Gone</title>
              <link>https://wire.example.org/missing</link>
              <description>Teaser of a deleted page.</description>
            </item>
            <item>
              <title>Nothing at all</title>
            </item>
          </channel>
        </rss>
        """;

    private const string LinkedPage = "<html><head><meta property=\"og:site_name\" content=\"Example Wire\"></head><body><article>"
        + "<p>The linked page holds the full report of the meeting.</p></article></body></html>";

    [Fact]
    public async Task Read_Rss_EachItemIsADocument_SummaryOnlyItemsFetchTheirPage()
    {
        using var dir = new TempFolder();
        string path = dir.Write("wire.xml", Rss);
        var fetcher = new FakeFetcher(new() { ["https://wire.example.org/summary"] = LinkedPage });
        List<ReadResult> results = await ReadAll.FromAsync(ReadAll.Reader(fetcher), path);

        Assert.Equal(4, results.Count);
        SourceDocument full = results[0].Document!;
        Assert.Equal("feed", full.Format);
        Assert.Equal("Full item", full.Title);
        Assert.Equal("Example Wire", full.Publisher);
        Assert.Equal("https://wire.example.org/full", full.Url);
        Assert.Equal(new DateOnly(2022, 3, 1), full.Published);
        Assert.Equal("The whole story is here.\n\nSecond paragraph.", full.Text);

        SourceDocument fetched = results[1].Document!;
        Assert.Equal("The linked page holds the full report of the meeting.", fetched.Text);
        Assert.Equal("Summary only", fetched.Title);
        Assert.Equal(new DateOnly(2022, 3, 2), fetched.Published);

        Assert.Contains("HTTP 404", results[2].Failure!.Reason, StringComparison.Ordinal);
        Assert.Contains("#3", results[2].Failure!.Input, StringComparison.Ordinal);
        Assert.Equal("item has no content and no link", results[3].Failure!.Reason);
        Assert.Equal(["https://wire.example.org/summary", "https://wire.example.org/missing"], fetcher.Requested.Select(u => u.ToString()));
    }

    [Fact]
    public async Task Read_FeedWithABrokenItem_ReadsTheOtherItems()
    {
        using var dir = new TempFolder();
        string broken = """
            <rss version="2.0"><channel><title>Broken Wire</title>
            <item><title>Good one</title><description>&lt;p&gt;A complete first item.&lt;/p&gt;</description></item>
            <item><title>Bad one</title><description>unclosed <b>tag</description></item>
            <item><title>Good two</title><description>A complete third item.</description></item>
            </channel></rss>
            """;
        string path = dir.Write("broken.rss", broken);
        List<ReadResult> results = await ReadAll.FromAsync(ReadAll.Reader(), path);
        Assert.Equal(3, results.Count);
        Assert.Equal("A complete first item.", results[0].Document!.Text);
        Assert.Contains("not well-formed XML", results[1].Failure!.Reason, StringComparison.Ordinal);
        Assert.Contains("(line 3)", results[1].Failure!.Input, StringComparison.Ordinal);
        Assert.Equal("A complete third item.", results[2].Document!.Text);
        Assert.Equal("Broken Wire", results[2].Document!.Publisher);
    }

    [Fact]
    public async Task Read_Atom_WithContentAndSummaryOnlyEntries()
    {
        using var dir = new TempFolder();
        string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Ministry news</title>
              <entry>
                <title>Statement one</title>
                <link rel="alternate" href="https://mfa.example.gov/1"/>
                <published>2022-02-25T08:00:00Z</published>
                <content type="html">&lt;p&gt;The ministry issued a statement.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Statement two</title>
                <link href="https://mfa.example.gov/2"/>
                <updated>2022-02-26T08:00:00Z</updated>
                <summary>A teaser.</summary>
              </entry>
            </feed>
            """;
        string path = dir.Write("news.atom", atom);
        var fetcher = new FakeFetcher(new() { ["https://mfa.example.gov/2"] = "<html><body><article><p>Statement two in full.</p></article></body></html>" });
        List<ReadResult> results = await ReadAll.FromAsync(ReadAll.Reader(fetcher), path);
        Assert.Equal("The ministry issued a statement.", results[0].Document!.Text);
        Assert.Equal("Ministry news", results[0].Document!.Publisher);
        Assert.Equal(new DateOnly(2022, 2, 25), results[0].Document!.Published);
        Assert.Equal("Statement two in full.", results[1].Document!.Text);
        Assert.Equal(new DateOnly(2022, 2, 26), results[1].Document!.Published);
    }

    [Fact]
    public async Task Read_WithoutAFetcher_SummaryOnlyItemsKeepTheirSummary()
    {
        using var dir = new TempFolder();
        string path = dir.Write("wire.xml", Rss);
        List<ReadResult> results = await ReadAll.FromAsync(ReadAll.Reader(), path);
        Assert.Equal("Just a teaser.", results[1].Document!.Text);
    }
}
