namespace Stancewatch.Text.Reading;

/// <summary>
/// Reads one format. <see cref="Recognize"/> says how sure the reader is that an input is in its format, from
/// the content first and the extension second; <see cref="InputReader"/> gives the input to the surest reader.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The format name stored with each document (text, markdown, html, jsonl, feed).</summary>
    string Format { get; }

    /// <summary>How sure the reader is that it reads <paramref name="source"/>.</summary>
    FormatConfidence Recognize(InputSource source);

    /// <summary>
    /// Reads the documents in <paramref name="source"/>. A failure of the whole input throws
    /// <see cref="InputException"/>; a failure of one item of a multi-document input is yielded as a failed
    /// <see cref="ReadResult"/> and reading goes on.
    /// </summary>
    IAsyncEnumerable<ReadResult> ReadAsync(InputSource source, CancellationToken cancellationToken);
}
