namespace Stancewatch.Engine.Ingest;

/// <summary>One document read in a run, for the run summary.</summary>
public sealed record IngestedDocument
{
    /// <summary>Document id.</summary>
    public required string Id { get; init; }

    /// <summary>Path or URL.</summary>
    public required string Origin { get; init; }

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Publisher.</summary>
    public string? Publisher { get; init; }

    /// <summary>URL.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>True when the date was inferred from the text.</summary>
    public bool PublishedInferred { get; init; }

    /// <summary>Characters of stored text.</summary>
    public int Characters { get; init; }

    /// <summary>What happened to it.</summary>
    public DocumentStatus Status { get; init; }

    /// <summary>The original, for near-duplicates; the stored document with the same text, for duplicates.</summary>
    public string? DuplicateOf { get; init; }
}
