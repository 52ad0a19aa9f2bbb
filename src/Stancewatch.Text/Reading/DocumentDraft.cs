namespace Stancewatch.Text.Reading;

/// <summary>
/// What a reader found before normalisation: the text and whatever metadata the format carried.
/// <see cref="DocumentFactory"/> turns it into a <see cref="SourceDocument"/>.
/// </summary>
public sealed record DocumentDraft
{
    /// <summary>Path or URL (feed items: the item link or "feed#n").</summary>
    public required string Origin { get; init; }

    /// <summary>The text as read (any encoding already decoded).</summary>
    public required string Text { get; init; }

    /// <summary>Reader name: text, markdown, html, jsonl, feed.</summary>
    public required string Format { get; init; }

    /// <summary>The document's own URL.</summary>
    public string? Url { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The publisher (name or host).</summary>
    public string? Publisher { get; init; }

    /// <summary>ISO 639-1 language code.</summary>
    public string? Language { get; init; }

    /// <summary>Publication date from metadata (never inferred).</summary>
    public DateOnly? Published { get; init; }
}
