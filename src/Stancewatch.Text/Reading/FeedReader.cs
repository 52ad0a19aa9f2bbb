using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Stancewatch.Text.Dates;

namespace Stancewatch.Text.Reading;

/// <summary>
/// RSS 2.0 and Atom feeds: every item becomes a document. An item with full content (content:encoded, or Atom
/// content) is read from it; an item with only a summary has its linked page fetched and read as HTML (through
/// the polite <see cref="IPageFetcher"/>), and fails alone with one line when the fetch fails. When the feed as
/// a whole is not well-formed XML, each item is parsed on its own so that one broken item does not lose the rest.
/// </summary>
public sealed partial class FeedReader : IDocumentReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private readonly DocumentFactory factory;
    private readonly HtmlArticleExtractor extractor;
    private readonly HtmlReader htmlReader;
    private readonly PageDecoder pageDecoder;
    private readonly DateFinder dates;
    private readonly IPageFetcher? fetcher;

    /// <summary>Creates the reader; without a fetcher, summary-only items are stored with their summary.</summary>
    public FeedReader(DocumentFactory factory, HtmlArticleExtractor extractor, HtmlReader htmlReader, PageDecoder pageDecoder, DateFinder dates, IPageFetcher? fetcher)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(htmlReader);
        ArgumentNullException.ThrowIfNull(pageDecoder);
        ArgumentNullException.ThrowIfNull(dates);
        this.factory = factory;
        this.extractor = extractor;
        this.htmlReader = htmlReader;
        this.pageDecoder = pageDecoder;
        this.dates = dates;
        this.fetcher = fetcher;
    }

    /// <inheritdoc />
    public string Format => "feed";

    /// <inheritdoc />
    public FormatConfidence Recognize(InputSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string head = source.Text[..Math.Min(source.Text.Length, 2048)];
        if (RootPattern().IsMatch(head))
        {
            return FormatConfidence.Content;
        }

        return source.Extension is ".rss" or ".atom" || source.MediaType is "application/rss+xml" or "application/atom+xml"
            ? FormatConfidence.Extension
            : FormatConfidence.No;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ReadResult> ReadAsync(InputSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        List<FeedItem> items = ParseItems(source);
        if (items.Count == 0)
        {
            throw new InputException(source.Origin, "feed has no items");
        }

        foreach (FeedItem item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadResult result;
            try
            {
                result = await ReadItemAsync(item, cancellationToken).ConfigureAwait(false);
            }
            catch (InputException ex)
            {
                result = ReadResult.Failed(item.Name, ex.Input == item.Name ? ex.Reason : ex.Message);
            }

            yield return result;
        }
    }

    private async Task<ReadResult> ReadItemAsync(FeedItem item, CancellationToken cancellationToken)
    {
        if (item.Error is not null)
        {
            throw new InputException(item.Name, item.Error);
        }

        XElement e = item.Element!;
        bool atom = e.Name.Namespace == Atom;
        string? title = Text(e, atom ? Atom + "title" : "title");
        string? link = atom ? AtomLink(e) : Text(e, "link") ?? PermalinkGuid(e);
        string? dateRaw = atom
            ? Text(e, Atom + "published") ?? Text(e, Atom + "updated")
            : Text(e, "pubDate") ?? Text(e, Dc + "date");
        DateOnly? published = null;
        if (dateRaw is not null)
        {
            published = dates.ParseMetadata(dateRaw) ?? throw new InputException(item.Name, $"item date is not a date: '{dateRaw}'");
        }

        string? full = atom ? ContentOf(e.Element(Atom + "content")) : Text(e, Content + "encoded");
        string? summary = atom ? ContentOf(e.Element(Atom + "summary")) : Text(e, "description");
        byte[] raw = System.Text.Encoding.UTF8.GetBytes(e.ToString(SaveOptions.DisableFormatting));
        string origin = link ?? item.Name;

        if (full is null && link is not null && fetcher is not null
            && Uri.TryCreate(link, UriKind.Absolute, out Uri? url) && url.Scheme is "http" or "https")
        {
            FetchedPage page = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
            InputSource pageSource = pageDecoder.Decode(link, page);
            DocumentDraft fromPage = htmlReader.Read(pageSource) with
            {
                Url = link,
                Format = Format,
            };
            fromPage = fromPage with
            {
                Title = fromPage.Title ?? title,
                Publisher = fromPage.Publisher ?? item.FeedTitle,
                Published = fromPage.Published ?? published,
            };
            return ReadResult.Success(factory.Create(fromPage), page.Bytes, pageSource.Encoding);
        }

        string? html = full ?? summary;
        if (string.IsNullOrWhiteSpace(html))
        {
            throw new InputException(item.Name, link is null ? "item has no content and no link" : "item has no content");
        }

        var draft = new DocumentDraft
        {
            Origin = origin,
            Text = extractor.FragmentText(html),
            Format = Format,
            Url = link,
            Title = title,
            Publisher = item.FeedTitle ?? HtmlReader.HostOf(link),
            Language = item.Language,
            Published = published,
        };
        return ReadResult.Success(factory.Create(draft), raw, "utf-8");
    }

    private static List<FeedItem> ParseItems(InputSource source)
    {
        XDocument? doc = null;
        try
        {
            doc = ParseXml(source.Text);
        }
        catch (XmlException)
        {
            // Not well-formed as a whole: read item by item below.
        }

        if (doc?.Root is XElement root)
        {
            return ItemsOf(source.Origin, root);
        }

        return ItemsOneByOne(source);
    }

    private static List<FeedItem> ItemsOf(string origin, XElement root)
    {
        bool atom = root.Name == Atom + "feed";
        XElement? channel = atom ? root : root.Element("channel") ?? root;
        string? feedTitle = channel is null ? null : Text(channel, atom ? Atom + "title" : "title");
        string? language = channel is null ? null : Text(channel, "language") ?? (string?)root.Attribute(XNamespace.Xml + "lang");
        IEnumerable<XElement> items = atom ? root.Elements(Atom + "entry") : (channel ?? root).Elements("item").Concat(root.Elements("item"));
        var list = new List<FeedItem>();
        int n = 0;
        foreach (XElement item in items.Distinct())
        {
            n++;
            list.Add(new FeedItem(NameOf(origin, n, item), item, null, feedTitle, language));
        }

        return list;
    }

    private static List<FeedItem> ItemsOneByOne(InputSource source)
    {
        string text = source.Text;
        Match rootStart = RootStartPattern().Match(text);
        if (!rootStart.Success)
        {
            throw new InputException(source.Origin, "not a well-formed RSS or Atom feed");
        }

        bool atom = rootStart.Groups["name"].Value == "feed";
        string close = atom ? "</feed>" : "</rss>";
        string open = atom ? rootStart.Value : rootStart.Value + "<channel>";
        string end = atom ? close : "</channel>" + close;
        string? feedTitle = atom ? null : TitleBeforeFirstItem(text);
        var list = new List<FeedItem>();
        int n = 0;
        foreach (Match m in (atom ? EntryPattern() : ItemPattern()).Matches(text))
        {
            n++;
            int line = 1 + text.AsSpan(0, m.Index).Count('\n');
            string name = source.Origin + "#" + n.ToString(CultureInfo.InvariantCulture) + " (line " + line.ToString(CultureInfo.InvariantCulture) + ")";
            try
            {
                XElement wrapped = ParseXml(open + m.Value + end).Root!;
                XElement item = atom ? wrapped.Element(Atom + "entry")! : wrapped.Element("channel")!.Element("item")!;
                list.Add(new FeedItem(name, item, null, feedTitle, null));
            }
            catch (XmlException ex)
            {
                list.Add(new FeedItem(name, null, "item is not well-formed XML: " + ex.Message, feedTitle, null));
            }
        }

        return list;
    }

    /// <summary>Parses XML with DTDs ignored, so that no entity is expanded and nothing external is loaded.</summary>
    private static XDocument ParseXml(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    private static string? TitleBeforeFirstItem(string text)
    {
        int item = text.IndexOf("<item", StringComparison.Ordinal);
        Match m = TitlePattern().Match(item < 0 ? text : text[..item]);
        return m.Success ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : null;
    }

    private static string NameOf(string origin, int n, XElement item)
    {
        var info = (IXmlLineInfo)item;
        return info.HasLineInfo()
            ? origin + "#" + n.ToString(CultureInfo.InvariantCulture) + " (line " + info.LineNumber.ToString(CultureInfo.InvariantCulture) + ")"
            : origin + "#" + n.ToString(CultureInfo.InvariantCulture);
    }

    private static string? Text(XElement parent, XName name)
    {
        string? value = parent.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? AtomLink(XElement entry)
    {
        XElement? link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return (string?)link?.Attribute("href");
    }

    private static string? PermalinkGuid(XElement item)
    {
        XElement? guid = item.Element("guid");
        if (guid is null || (string?)guid.Attribute("isPermaLink") == "false")
        {
            return null;
        }

        return Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out _) ? guid.Value.Trim() : null;
    }

    private static string? ContentOf(XElement? content)
    {
        if (content is null)
        {
            return null;
        }

        string type = (string?)content.Attribute("type") ?? "text";
        string value = type == "xhtml"
            ? string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            : type == "text" ? System.Net.WebUtility.HtmlEncode(content.Value) : content.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    [GeneratedRegex("<(rss|feed)\\b|<rdf:RDF\\b", RegexOptions.CultureInvariant)]
    private static partial Regex RootPattern();

    [GeneratedRegex("<(?<name>rss|feed)\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex RootStartPattern();

    [GeneratedRegex("<item\\b.*?</item>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ItemPattern();

    [GeneratedRegex("<entry\\b.*?</entry>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex EntryPattern();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TitlePattern();

    private sealed record FeedItem(string Name, XElement? Element, string? Error, string? FeedTitle, string? Language);
}
