namespace Stancewatch.Text.Reading;

/// <summary>
/// What reading produced for one document: either the document with its raw form (the original bytes of the
/// file, or the UTF-8 bytes of the JSON line or feed item it came from), or a failure. Never both.
/// </summary>
public sealed record ReadResult
{
    private ReadResult(SourceDocument? document, ReadOnlyMemory<byte> raw, string? rawEncoding, ReadFailure? failure)
    {
        Document = document;
        Raw = raw;
        RawEncoding = rawEncoding;
        Failure = failure;
    }

    /// <summary>The document, when reading succeeded.</summary>
    public SourceDocument? Document { get; }

    /// <summary>The raw input the document was made from.</summary>
    public ReadOnlyMemory<byte> Raw { get; }

    /// <summary>The encoding of <see cref="Raw"/> (e.g. utf-8, utf-16le, windows-1251).</summary>
    public string? RawEncoding { get; }

    /// <summary>The failure, when reading did not succeed.</summary>
    public ReadFailure? Failure { get; }

    /// <summary>A successfully read document.</summary>
    public static ReadResult Success(SourceDocument document, ReadOnlyMemory<byte> raw, string rawEncoding)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ReadResult(document, raw, rawEncoding, null);
    }

    /// <summary>A failed input or item.</summary>
    public static ReadResult Failed(ReadFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new ReadResult(null, ReadOnlyMemory<byte>.Empty, null, failure);
    }

    /// <summary>A failed input or item, naming the input and the reason.</summary>
    public static ReadResult Failed(string input, string reason) => Failed(new ReadFailure(input, reason));
}
