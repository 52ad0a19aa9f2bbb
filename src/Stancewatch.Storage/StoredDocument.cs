using Stancewatch.Text;

namespace Stancewatch.Storage;

/// <summary>A document as stored: the document, its raw form, duplicate link and when it was added.</summary>
public sealed record StoredDocument
{
    /// <summary>The document (text and metadata).</summary>
    public required SourceDocument Document { get; init; }

    /// <summary>The raw input it was read from.</summary>
    public required ReadOnlyMemory<byte> Raw { get; init; }

    /// <summary>The encoding of <see cref="Raw"/>.</summary>
    public string? RawEncoding { get; init; }

    /// <summary>Id of the original when this is a near-duplicate.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>When it was added.</summary>
    public required DateTimeOffset AddedAt { get; init; }
}
