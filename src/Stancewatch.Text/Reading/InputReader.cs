using System.Globalization;
using System.Runtime.CompilerServices;
using Stancewatch.Text.Dates;
using Stancewatch.Text.Decoding;

namespace Stancewatch.Text.Reading;

/// <summary>
/// Reads what the user named: files, folders (recursively, in ordinal path order, skipping hidden entries) and
/// http(s) URLs. Each input is loaded (within the size limit), decoded, and given to the reader that recognises
/// it most surely (content first, then extension; plain text otherwise).
/// </summary>
public sealed class InputReader
{
    private readonly IReadOnlyList<IDocumentReader> readers;
    private readonly TextDecoder decoder;
    private readonly PageDecoder pageDecoder;
    private readonly IPageFetcher? fetcher;
    private readonly InputReaderOptions options;

    /// <summary>Creates the input reader over the given format readers (the first wins a tie).</summary>
    public InputReader(IReadOnlyList<IDocumentReader> readers, TextDecoder decoder, IPageFetcher? fetcher, InputReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(decoder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfZero(readers.Count);
        this.readers = readers;
        this.decoder = decoder;
        pageDecoder = new PageDecoder(decoder);
        this.fetcher = fetcher;
        this.options = options;
    }

    /// <summary>The standard set of readers: Markdown, HTML, feeds, JSON Lines and plain text.</summary>
    public static InputReader CreateDefault(IPageFetcher? fetcher, InputReaderOptions options)
    {
        var dates = new DateFinder();
        var factory = DocumentFactory.CreateDefault();
        var decoder = new TextDecoder();
        var extractor = new HtmlArticleExtractor(dates);
        var html = new HtmlReader(factory, extractor);
        IDocumentReader[] readers =
        [
            new MarkdownReader(factory, dates),
            html,
            new FeedReader(factory, extractor, html, new PageDecoder(decoder), dates, fetcher),
            new JsonLinesReader(factory, dates),
            new PlainTextReader(factory),
        ];
        return new InputReader(readers, decoder, fetcher, options);
    }

    /// <summary>
    /// Expands the user's inputs into single inputs: a folder becomes its files, recursively; files and URLs stay.
    /// A path that does not exist is returned too, and fails when read.
    /// </summary>
    public IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (string input in inputs)
        {
            if (!IsUrl(input) && Directory.Exists(input))
            {
                foreach (string file in FilesUnder(input))
                {
                    yield return file;
                }
            }
            else
            {
                yield return input;
            }
        }
    }

    /// <summary>Reads one file or URL into documents.</summary>
    /// <exception cref="InputException">The input as a whole cannot be read; the message names it and says why.</exception>
    public async IAsyncEnumerable<ReadResult> ReadAsync(string input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        InputSource source = IsUrl(input)
            ? await LoadUrlAsync(input, cancellationToken).ConfigureAwait(false)
            : await LoadFileAsync(input, cancellationToken).ConfigureAwait(false);
        IDocumentReader reader = Choose(source);
        await foreach (ReadResult result in reader.ReadAsync(source, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    /// <summary>The reader that recognises <paramref name="source"/> most surely.</summary>
    public IDocumentReader Choose(InputSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        IDocumentReader best = readers[^1];
        FormatConfidence bestConfidence = FormatConfidence.No;
        foreach (IDocumentReader reader in readers)
        {
            FormatConfidence c = reader.Recognize(source);
            if (c > bestConfidence)
            {
                best = reader;
                bestConfidence = c;
            }
        }

        return best;
    }

    /// <summary>True when <paramref name="input"/> is an http or https URL.</summary>
    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    private async Task<InputSource> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(path, "is a folder (folders are expanded before reading)");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(path, "no such file or folder");
        }

        if (info.Length > options.MaxBytes)
        {
            throw new InputException(path, $"file is {Megabytes(info.Length)}, over the {Megabytes(options.MaxBytes)} limit (--max-size)");
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot read: " + ex.Message);
        }

        DecodedText decoded;
        try
        {
            decoded = decoder.Decode(bytes);
        }
        catch (TextDecodingException ex)
        {
            throw new InputException(path, ex.Message);
        }

        return new InputSource { Origin = path, Raw = bytes, Text = decoded.Text, Encoding = decoded.EncodingName };
    }

    private async Task<InputSource> LoadUrlAsync(string input, CancellationToken cancellationToken)
    {
        if (fetcher is null)
        {
            throw new InputException(input, "fetching URLs is turned off");
        }

        if (!Uri.TryCreate(input, UriKind.Absolute, out Uri? url))
        {
            throw new InputException(input, "not a valid URL");
        }

        FetchedPage page = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (page.Bytes.LongLength > options.MaxBytes)
        {
            throw new InputException(input, $"response is {Megabytes(page.Bytes.LongLength)}, over the {Megabytes(options.MaxBytes)} limit (--max-size)");
        }

        return pageDecoder.Decode(input, page);
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
