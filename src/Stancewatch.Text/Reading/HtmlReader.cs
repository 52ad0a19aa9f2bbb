using System.Runtime.CompilerServices;

namespace Stancewatch.Text.Reading;

/// <summary>An HTML page: its main text and metadata through <see cref="HtmlArticleExtractor"/>.</summary>
public sealed class HtmlReader : IDocumentReader
{
    private readonly DocumentFactory factory;
    private readonly HtmlArticleExtractor extractor;

    /// <summary>Creates the reader.</summary>
    public HtmlReader(DocumentFactory factory, HtmlArticleExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(extractor);
        this.factory = factory;
        this.extractor = extractor;
    }

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public FormatConfidence Recognize(InputSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        ReadOnlySpan<char> head = source.Text.AsSpan(0, Math.Min(source.Text.Length, 1024)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase)))
        {
            return FormatConfidence.Content;
        }

        return source.Extension is ".html" or ".htm" or ".xhtml" || source.MediaType is "text/html" or "application/xhtml+xml"
            ? FormatConfidence.Extension
            : FormatConfidence.No;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ReadResult> ReadAsync(InputSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await Task.CompletedTask.ConfigureAwait(false);
        yield return ReadResult.Success(factory.Create(Read(source)), source.Raw, source.Encoding);
    }

    /// <summary>The draft for one page (used by the feed reader for fetched item pages too).</summary>
    /// <exception cref="InputException">No main text could be found.</exception>
    public DocumentDraft Read(InputSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        HtmlArticle article = extractor.Extract(source.Text);
        if (article.Text.Length == 0)
        {
            throw new InputException(source.Origin, "no main text found in the HTML");
        }

        string? url = source.Url?.ToString() ?? article.CanonicalUrl;
        return new DocumentDraft
        {
            Origin = source.Origin,
            Text = article.Text,
            Format = Format,
            Url = url,
            Title = article.Title,
            Publisher = article.Publisher ?? HostOf(url),
            Language = article.Language,
            Published = article.Published,
        };
    }

    /// <summary>The host of a URL without "www.", or null.</summary>
    public static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Host.Length == 0)
        {
            return null;
        }

        string host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
