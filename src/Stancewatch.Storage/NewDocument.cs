using System.Collections.Immutable;
using Stancewatch.Text;
using Stancewatch.Text.Duplicates;

namespace Stancewatch.Storage;

/// <summary>A document to store, with its raw form, its near-duplicate signature and the original it duplicates.</summary>
public sealed record NewDocument
{
    /// <summary>The document.</summary>
    public required SourceDocument Document { get; init; }

    /// <summary>The raw input (file bytes, or the JSON line or feed item).</summary>
    public ReadOnlyMemory<byte> Raw { get; init; }

    /// <summary>The encoding of <see cref="Raw"/>.</summary>
    public string? RawEncoding { get; init; }

    /// <summary>Id of the original when this document is a near-duplicate of a stored one.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>When the document was added (from the run's clock).</summary>
    public required DateTimeOffset AddedAt { get; init; }

    /// <summary>The MinHash signature (null or empty when the text is too short to compare).</summary>
    public MinHashSignature? Signature { get; init; }

    /// <summary>The LSH band keys of <see cref="Signature"/>.</summary>
    public ImmutableArray<long> BandKeys { get; init; } = [];
}
