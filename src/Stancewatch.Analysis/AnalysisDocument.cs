namespace Stancewatch.Analysis;

/// <summary>A document as listed in the export; <see cref="Path"/> is the input path or URL as given.</summary>
public sealed record AnalysisDocument(
    string Id,
    string Path,
    string? Url,
    string? Title,
    string? Publisher,
    DateOnly? Published,
    bool PublishedInferred,
    string? DuplicateOf = null);
