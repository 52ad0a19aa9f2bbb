using Stancewatch.Testing;
using Stancewatch.Text.Dates;
using Stancewatch.Text.Reading;

namespace Stancewatch.Text.Tests.Reading;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Ignored title | Example News</title>
          <meta property="og:title" content="Ministers meet in Tashkent">
          <meta property="og:site_name" content="Example News">
          <link rel="canonical" href="https://news.example.org/2022/ministers-meet">
          <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2022-03-09T10:00:00+05:00","publisher":{"@type":"Organization","name":"Example News LD"}}</script>
          <style>.x{}</style>
        </head>
        <body>
          <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
          <div class="ad-slot">Buy now!</div>
          <main>
            <article>
              <h1>Ministers meet in Tashkent</h1>
              <p class="byline">By A. Writer</p>
              <p>The foreign ministers met on Wednesday to discuss trade and transit routes.</p>
              <p>They agreed to meet again in the spring, a spokesperson said.</p>
              <div class="share-buttons"><a href="#">Share on X</a></div>
              <ul class="related-articles"><li><a href="/a">Another story</a></li><li><a href="/b">Yet another</a></li></ul>
            </article>
            <section id="comments"><form><textarea>Your comment</textarea></form><p>Reader comment: great.</p></section>
          </main>
          <aside>Most read: something else</aside>
          <footer>© Example News</footer>
        </body>
        </html>
        """;

    private readonly HtmlArticleExtractor extractor = new(new DateFinder());

    [Fact]
    public void Extract_KeepsTheArticleAndDropsBoilerplate()
    {
        HtmlArticle a = extractor.Extract(Page);
        Assert.Contains("The foreign ministers met on Wednesday", a.Text, StringComparison.Ordinal);
        Assert.Contains("They agreed to meet again", a.Text, StringComparison.Ordinal);
        foreach (string boilerplate in new[] { "Home", "Buy now", "Share on X", "Another story", "Reader comment", "Most read", "© Example" })
        {
            Assert.DoesNotContain(boilerplate, a.Text, StringComparison.Ordinal);
        }

        Assert.Contains("\n\n", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReadsMetadataFromMetaTagsAndJsonLd()
    {
        HtmlArticle a = extractor.Extract(Page);
        Assert.Equal("Ministers meet in Tashkent", a.Title);
        Assert.Equal("Example News", a.Publisher);
        Assert.Equal(new DateOnly(2022, 3, 9), a.Published);
        Assert.Equal("en", a.Language);
        Assert.Equal("https://news.example.org/2022/ministers-meet", a.CanonicalUrl);
    }

    [Fact]
    public void Extract_FindsTheDateInAVisibleByline()
    {
        const string html = "<html><body><div class=\"story\"><span class=\"dateline\">Published 12 May 2022</span>"
            + "<p>The parliament passed the bill after a long debate in the chamber.</p><p>It takes effect next month.</p></div></body></html>";
        HtmlArticle a = extractor.Extract(html);
        Assert.Equal(new DateOnly(2022, 5, 12), a.Published);
        Assert.Contains("It takes effect next month.", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WithoutArticleElement_PicksTheDensestParagraphBlock()
    {
        const string html = "<html><body><div id=\"menu\"><p><a href='/'>Home</a></p></div><div class=\"content\">"
            + "<p>First paragraph of the story with enough words to count.</p><p>Second paragraph of the story.</p></div>"
            + "<div class=\"other\"><p>Short.</p></div></body></html>";
        HtmlArticle a = extractor.Extract(html);
        Assert.Equal("First paragraph of the story with enough words to count.\n\nSecond paragraph of the story.", a.Text);
    }

    [Fact]
    public async Task Read_TruncatedHtml_KeepsWhatWasThere()
    {
        using var dir = new TempFolder();
        string path = dir.Write("cut.html", "<html><head><title>Cut</title></head><body><article><p>The first paragraph arrived whole.</p><p>The second was cut off in the mid");
        ReadResult r = Assert.Single(await ReadAll.FromAsync(ReadAll.Reader(), path));
        Assert.Equal("html", r.Document!.Format);
        Assert.StartsWith("The first paragraph arrived whole.", r.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_HtmlWithNoText_Fails()
    {
        using var dir = new TempFolder();
        string path = dir.Write("empty.html", "<html><head><title>Nothing</title><script>var x = 1;</script></head><body><nav>Menu</nav></body></html>");
        var ex = await Assert.ThrowsAsync<InputException>(() => ReadAll.FromAsync(ReadAll.Reader(), path));
        Assert.Contains("no main text", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_HtmlIsRecognisedByContentUnderAnyExtension()
    {
        using var dir = new TempFolder();
        string path = dir.Write("page.txt", Page);
        ReadResult r = Assert.Single(await ReadAll.FromAsync(ReadAll.Reader(), path));
        Assert.Equal("html", r.Document!.Format);
        Assert.Equal("Example News", r.Document.Publisher);
    }
}
