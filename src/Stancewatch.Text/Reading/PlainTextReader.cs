using System.Runtime.CompilerServices;

namespace Stancewatch.Text.Reading;

/// <summary>
/// Plain text with no metadata. The first line is taken as the title when it looks like a headline: short,
/// not ending in sentence punctuation, and followed by a blank line. It stays part of the text.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    private const int MaxTitleLength = 200;
    private readonly DocumentFactory factory;

    /// <summary>Creates the reader.</summary>
    public PlainTextReader(DocumentFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        this.factory = factory;
    }

    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public FormatConfidence Recognize(InputSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Extension is ".txt" or ".text" || source.MediaType == "text/plain"
            ? FormatConfidence.Extension
            : FormatConfidence.Fallback;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ReadResult> ReadAsync(InputSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await Task.CompletedTask.ConfigureAwait(false);
        var draft = new DocumentDraft
        {
            Origin = source.Origin,
            Text = source.Text,
            Format = Format,
            Url = source.Url?.ToString(),
            Title = HeadlineOf(source.Text),
        };
        yield return ReadResult.Success(factory.Create(draft), source.Raw, source.Encoding);
    }

    /// <summary>The first line when it reads as a headline, else null.</summary>
    public static string? HeadlineOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        int end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        if (end <= 0)
        {
            return null;
        }

        string line = trimmed[..end].Trim();
        string rest = trimmed[(end + 1)..];
        bool blankAfter = rest.StartsWith('\n') || rest.StartsWith("\r\n", StringComparison.Ordinal);
        if (line.Length == 0 || line.Length > MaxTitleLength || !blankAfter || line[^1] is '.' or '!' or '?' or ':' or ';' or ',')
        {
            return null;
        }

        return line;
    }
}
