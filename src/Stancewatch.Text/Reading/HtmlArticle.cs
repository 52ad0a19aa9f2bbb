namespace Stancewatch.Text.Reading;

/// <summary>What <see cref="HtmlArticleExtractor"/> found in a page.</summary>
public sealed record HtmlArticle
{
    /// <summary>The article's main text, paragraphs separated by blank lines.</summary>
    public required string Text { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date from meta tags, JSON-LD, a &lt;time&gt; element or the byline.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The publisher's name (site name) when the page gives it.</summary>
    public string? Publisher { get; init; }

    /// <summary>The page language.</summary>
    public string? Language { get; init; }

    /// <summary>The canonical URL.</summary>
    public string? CanonicalUrl { get; init; }
}
