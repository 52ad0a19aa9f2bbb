namespace Stancewatch.Text;

/// <summary>
/// One document as read from its origin: normalised (NFC) text that every evidence offset points into,
/// plus the metadata the reader could find. Immutable; its <see cref="Id"/> is derived from the text alone.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Stable id: hex SHA-256 prefix of the normalised text (see <see cref="DocumentId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The path or URL the document was read from, as given by the user (feed items: the item link).</summary>
    public required string Origin { get; init; }

    /// <summary>The NFC-normalised text; typographic quotes, dashes and no-break spaces are kept.</summary>
    public required string Text { get; init; }

    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Language { get; init; }

    /// <summary>Publication date, from metadata, inferred from the text, or set by hand.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>True when <see cref="Published"/> was inferred from the text rather than read from metadata.</summary>
    public bool PublishedInferred { get; init; }

    /// <summary>Name of the reader that produced the document (text, markdown, html, jsonl, feed).</summary>
    public string Format { get; init; } = "text";
}
