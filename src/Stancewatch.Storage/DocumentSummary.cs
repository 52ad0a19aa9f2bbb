namespace Stancewatch.Storage;

/// <summary>One row of the document list: metadata and size, without the text.</summary>
public sealed record DocumentSummary
{
    /// <summary>Document id.</summary>
    public required string Id { get; init; }

    /// <summary>Path or URL it was read from.</summary>
    public required string Origin { get; init; }

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Publisher.</summary>
    public string? Publisher { get; init; }

    /// <summary>URL.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>True when <see cref="Published"/> was inferred from the text.</summary>
    public bool PublishedInferred { get; init; }

    /// <summary>Reader format.</summary>
    public required string Format { get; init; }

    /// <summary>Length of the stored text in characters.</summary>
    public int Characters { get; init; }

    /// <summary>Id of the original when this is a near-duplicate.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>When it was added.</summary>
    public DateTimeOffset AddedAt { get; init; }
}
