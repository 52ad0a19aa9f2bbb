using System.Runtime.CompilerServices;
using Stancewatch.Text.Dates;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Stancewatch.Text.Reading;

/// <summary>
/// Markdown, optionally with YAML front matter between "---" lines (url, title, publisher, published or date,
/// language). The body after the front matter is the text, kept as written. A malformed front matter fails the
/// input with the line number.
/// </summary>
public sealed class MarkdownReader : IDocumentReader
{
    private readonly DocumentFactory factory;
    private readonly DateFinder dates;

    /// <summary>Creates the reader.</summary>
    public MarkdownReader(DocumentFactory factory, DateFinder dates)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(dates);
        this.factory = factory;
        this.dates = dates;
    }

    /// <inheritdoc />
    public string Format => "markdown";

    /// <inheritdoc />
    public FormatConfidence Recognize(InputSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (FindFrontMatter(source.Text, out _, out _))
        {
            return FormatConfidence.Content;
        }

        return source.Extension is ".md" or ".markdown" || source.MediaType == "text/markdown"
            ? FormatConfidence.Extension
            : FormatConfidence.No;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ReadResult> ReadAsync(InputSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await Task.CompletedTask.ConfigureAwait(false);
        yield return ReadResult.Success(factory.Create(Parse(source)), source.Raw, source.Encoding);
    }

    private DocumentDraft Parse(InputSource source)
    {
        string text = source.Text.TrimStart('\uFEFF');
        if (!FindFrontMatter(text, out string yaml, out int bodyStart))
        {
            if (text.StartsWith("---", StringComparison.Ordinal) && IsFenceLine(text, 0))
            {
                throw new InputException(source.Origin, "front matter is not closed by a '---' line", 1);
            }

            return new DocumentDraft
            {
                Origin = source.Origin,
                Text = text,
                Format = Format,
                Url = source.Url?.ToString(),
                Title = HeadingOf(text) ?? PlainTextReader.HeadlineOf(text),
            };
        }

        Dictionary<string, (string Value, int Line)> fields = ParseYaml(source.Origin, yaml);
        string? Field(string name) => fields.TryGetValue(name, out var f) && f.Value.Length > 0 ? f.Value : null;

        DateOnly? published = null;
        foreach (string key in new[] { "published", "date" })
        {
            if (fields.TryGetValue(key, out var f) && f.Value.Length > 0)
            {
                published = dates.ParseMetadata(f.Value)
                    ?? throw new InputException(source.Origin, $"front matter '{key}' is not a date: '{f.Value}' (expected YYYY-MM-DD)", f.Line);
                break;
            }
        }

        string body = text[bodyStart..];
        return new DocumentDraft
        {
            Origin = source.Origin,
            Text = body,
            Format = Format,
            Url = Field("url") ?? source.Url?.ToString(),
            Title = Field("title") ?? HeadingOf(body),
            Publisher = Field("publisher") ?? Field("source"),
            Language = Field("language") ?? Field("lang"),
            Published = published,
        };
    }

    private static Dictionary<string, (string Value, int Line)> ParseYaml(string origin, string yaml)
    {
        var fields = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        if (yaml.Trim().Length == 0)
        {
            return fields;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // +1: the opening '---' is line 1 of the file.
            throw new InputException(origin, "front matter is not valid YAML: " + FirstLine(ex.Message), (int)ex.Start.Line + 1);
        }

        if (stream.Documents.Count == 0)
        {
            return fields;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new InputException(origin, "front matter is not a set of 'key: value' lines", 2);
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            string key = keyNode is YamlScalarNode k ? k.Value ?? string.Empty : string.Empty;
            int line = (int)keyNode.Start.Line + 1;
            string value = valueNode switch
            {
                YamlScalarNode s => s.Value ?? string.Empty,
                YamlSequenceNode seq => string.Join(", ", seq.Children.OfType<YamlScalarNode>().Select(c => c.Value)),
                _ => throw new InputException(origin, $"front matter '{key}' must be a single value", line),
            };
            fields[key] = (value.Trim(), line);
        }

        return fields;
    }

    private static string FirstLine(string message)
    {
        int nl = message.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? message : message[..nl];
    }

    /// <summary>Front matter: the text starts with a "---" line and a later "---" (or "...") line closes it.</summary>
    private static bool FindFrontMatter(string text, out string yaml, out int bodyStart)
    {
        yaml = string.Empty;
        bodyStart = 0;
        text = text.TrimStart('\uFEFF');
        if (!text.StartsWith("---", StringComparison.Ordinal) || !IsFenceLine(text, 0))
        {
            return false;
        }

        int firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        int pos = firstEnd + 1;
        while (pos < text.Length)
        {
            int lineEnd = text.IndexOf('\n', pos);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            string line = text[pos..lineEnd].TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                yaml = text[(firstEnd + 1)..pos];
                bodyStart = Math.Min(lineEnd + 1, text.Length);
                return true;
            }

            pos = lineEnd + 1;
        }

        return false;
    }

    private static bool IsFenceLine(string text, int start)
    {
        int end = text.IndexOf('\n', start);
        string line = (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r', ' ', '\t');
        return line == "---";
    }

    private static string? HeadingOf(string body)
    {
        foreach (string raw in body.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            return line.StartsWith("# ", StringComparison.Ordinal) ? line[2..].Trim() : null;
        }

        return null;
    }
}
