using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Stancewatch.Text.Dates;

namespace Stancewatch.Text.Reading;

/// <summary>
/// Finds an HTML page's main text and metadata. Boilerplate is removed first (scripts, navigation, headers and
/// footers, forms, asides, and elements whose class, id or role names a menu, share bar, comment section,
/// advert or related-article list). The main text is then the element marked as the article body
/// (<c>itemprop=articleBody</c>), else the &lt;article&gt; holding the most paragraph text, else the element
/// whose direct paragraphs hold the most text. Blocks that are mostly links are dropped.
/// </summary>
public sealed partial class HtmlArticleExtractor
{
    private static readonly FrozenSet<string> RemovedTags = new[]
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "nav", "aside", "footer",
        "header", "button", "select", "input", "textarea", "object", "embed", "figure", "video", "audio",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BlockTags = new[]
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "hr", "address", "body", "center",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ArticleTypes = new[]
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage", "Report",
        "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "PressRelease",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly DateFinder dates;

    /// <summary>Creates the extractor.</summary>
    public HtmlArticleExtractor(DateFinder dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        this.dates = dates;
    }

    /// <summary>Extracts the article from a whole page.</summary>
    public HtmlArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        using IDocument doc = parser.ParseDocument(html);
        JsonElement? ld = FindJsonLd(doc);

        string? title = Meta(doc, "og:title") ?? Meta(doc, "twitter:title") ?? LdString(ld, "headline")
            ?? doc.QuerySelector("h1")?.TextContent.Trim() ?? doc.Title?.Trim();
        string? publisher = Meta(doc, "og:site_name") ?? LdPublisher(ld) ?? Meta(doc, "application-name");
        string? language = doc.DocumentElement?.GetAttribute("lang") ?? Meta(doc, "og:locale");
        if (language is not null && language.Length > 2 && (language[2] == '-' || language[2] == '_'))
        {
            language = language[..2];
        }

        string? canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(doc, "og:url");

        DateOnly? published = dates.ParseMetadata(
            Meta(doc, "article:published_time") ?? Meta(doc, "og:published_time") ?? Meta(doc, "datePublished")
            ?? Meta(doc, "pubdate") ?? Meta(doc, "publishdate") ?? Meta(doc, "publish-date") ?? Meta(doc, "date")
            ?? Meta(doc, "dc.date.issued") ?? Meta(doc, "dc.date") ?? Meta(doc, "dcterms.created") ?? Meta(doc, "sailthru.date")
            ?? LdString(ld, "datePublished")
            ?? doc.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content")
            ?? doc.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"));

        published ??= BylineDate(doc);

        RemoveBoilerplate(doc);
        IElement? root = ChooseRoot(doc);
        string text = root is null ? string.Empty : BlockText(root);
        return new HtmlArticle
        {
            Text = text,
            Title = NullIfEmpty(title),
            Published = published,
            Publisher = NullIfEmpty(publisher),
            Language = NullIfEmpty(language),
            CanonicalUrl = NullIfEmpty(canonical),
        };
    }

    /// <summary>The text of an HTML fragment (a feed item's content), paragraphs separated by blank lines.</summary>
    public string FragmentText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        using IDocument doc = parser.ParseDocument("<html><body>" + html + "</body></html>");
        foreach (string tag in new[] { "script", "style", "iframe", "form" })
        {
            foreach (IElement e in doc.QuerySelectorAll(tag).ToList())
            {
                e.Remove();
            }
        }

        return doc.Body is null ? string.Empty : BlockText(doc.Body);
    }

    private DateOnly? BylineDate(IDocument doc)
    {
        foreach (IElement time in doc.QuerySelectorAll("time[datetime]"))
        {
            if (dates.ParseMetadata(time.GetAttribute("datetime")) is DateOnly d)
            {
                return d;
            }
        }

        foreach (IElement e in doc.QuerySelectorAll("[class],[id]"))
        {
            string marks = (e.ClassName ?? string.Empty) + " " + (e.Id ?? string.Empty);
            if (BylinePattern().IsMatch(marks) && e.TextContent.Length < 300)
            {
                IReadOnlyList<DateMention> found = dates.FindAll(e.TextContent);
                if (found.Count > 0)
                {
                    return found[0].Date;
                }
            }
        }

        return null;
    }

    private static void RemoveBoilerplate(IDocument doc)
    {
        foreach (string tag in RemovedTags)
        {
            foreach (IElement e in doc.QuerySelectorAll(tag).ToList())
            {
                e.Remove();
            }
        }

        foreach (IElement e in doc.QuerySelectorAll("[class],[id],[role],[aria-hidden]").ToList())
        {
            if (e.LocalName is "html" or "body" or "main" or "article" || e.QuerySelector("[itemprop=articleBody]") is not null
                || e.GetAttribute("itemprop") == "articleBody")
            {
                continue;
            }

            string role = e.GetAttribute("role") ?? string.Empty;
            string marks = (e.ClassName ?? string.Empty) + " " + (e.Id ?? string.Empty);
            if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "dialog"
                || e.GetAttribute("aria-hidden") == "true" || BoilerplatePattern().IsMatch(marks))
            {
                e.Remove();
            }
        }
    }

    private static IElement? ChooseRoot(IDocument doc)
    {
        IElement? marked = doc.QuerySelector("[itemprop=articleBody]");
        if (marked is not null)
        {
            return marked;
        }

        IElement? bestArticle = doc.QuerySelectorAll("article").MaxBy(ParagraphText);
        if (bestArticle is not null && ParagraphText(bestArticle) > 0)
        {
            return bestArticle;
        }

        // Score each parent by the text of its direct paragraphs; the densest parent is the article body.
        var scores = new Dictionary<IElement, int>();
        foreach (IElement p in doc.QuerySelectorAll("p"))
        {
            if (p.ParentElement is IElement parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + p.TextContent.Trim().Length;
            }
        }

        if (scores.Count > 0)
        {
            return scores.MaxBy(kv => kv.Value).Key;
        }

        return doc.QuerySelector("main") ?? doc.Body;
    }

    private static int ParagraphText(IElement e) => e.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);

    private static string BlockText(IElement root)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        Walk(root, blocks, current);
        Flush(blocks, current);
        return string.Join("\n\n", blocks);
    }

    private static void Walk(INode node, List<string> blocks, StringBuilder current)
    {
        foreach (INode child in node.ChildNodes)
        {
            if (child is IText t)
            {
                current.Append(t.Data);
                continue;
            }

            if (child is not IElement e)
            {
                continue;
            }

            if (e.LocalName == "br")
            {
                current.Append('\n');
                continue;
            }

            bool block = BlockTags.Contains(e.LocalName);
            if (block)
            {
                Flush(blocks, current);
                if (e.LocalName is "p" or "li" && IsMostlyLinks(e))
                {
                    continue;
                }
            }

            Walk(e, blocks, current);
            if (block)
            {
                Flush(blocks, current);
            }
        }
    }

    private static bool IsMostlyLinks(IElement e)
    {
        int total = e.TextContent.Trim().Length;
        if (total == 0 || total > 300)
        {
            return false;
        }

        int linked = e.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return linked * 2 > total;
    }

    private static void Flush(List<string> blocks, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        string[] lines = current.ToString().Split('\n');
        var cleaned = lines.Select(CollapseSpaces).Where(l => l.Length > 0);
        string block = string.Join("\n", cleaned);
        if (block.Length > 0)
        {
            blocks.Add(block);
        }

        current.Clear();
    }

    /// <summary>Collapses runs of ASCII whitespace; no-break spaces are kept as they are.</summary>
    private static string CollapseSpaces(string line)
    {
        var sb = new StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line)
        {
            if (c is ' ' or '\t' or '\r' or '\f')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string? Meta(IDocument doc, string name)
    {
        foreach (IElement m in doc.QuerySelectorAll("meta"))
        {
            string? key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (key is not null && string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                string? content = m.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return content.Trim();
                }
            }
        }

        return null;
    }

    private static JsonElement? FindJsonLd(IDocument doc)
    {
        foreach (IElement script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using JsonDocument json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true });
                JsonElement? found = FindArticle(json.RootElement);
                if (found is JsonElement f)
                {
                    return f.Clone();
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the meta tags and byline still apply.
                continue;
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in e.EnumerateArray())
            {
                if (FindArticle(item) is JsonElement f)
                {
                    return f;
                }
            }

            return null;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (e.TryGetProperty("@graph", out JsonElement graph) && FindArticle(graph) is JsonElement g)
        {
            return g;
        }

        if (e.TryGetProperty("@type", out JsonElement type))
        {
            bool match = type.ValueKind == JsonValueKind.String
                ? ArticleTypes.Contains(type.GetString()!)
                : type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!));
            if (match && (e.TryGetProperty("headline", out _) || e.TryGetProperty("datePublished", out _)))
            {
                return e;
            }
        }

        return null;
    }

    private static string? LdString(JsonElement? ld, string property) =>
        ld is JsonElement e && e.TryGetProperty(property, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? LdPublisher(JsonElement? ld)
    {
        if (ld is not JsonElement e || !e.TryGetProperty("publisher", out JsonElement p))
        {
            return null;
        }

        if (p.ValueKind == JsonValueKind.Array && p.GetArrayLength() > 0)
        {
            p = p[0];
        }

        return p.ValueKind switch
        {
            JsonValueKind.String => p.GetString(),
            JsonValueKind.Object when p.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String => n.GetString(),
            _ => null,
        };
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex("(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|comments?|comment-form|related|share|sharing|social|advert|advertisement|ads?|ad-slot|banner|promo|sponsored|sidebar|footer|header|masthead|newsletter|subscribe|subscription|cookies?|consent|popup|modal|recommended|more-stories|read-more|most-read|trending|tags|pagination|skip-link)($|[\\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplatePattern();

    [GeneratedRegex("byline|dateline|date|time|published|posted|meta", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();
}
