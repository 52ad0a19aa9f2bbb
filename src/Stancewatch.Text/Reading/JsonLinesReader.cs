using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Stancewatch.Text.Dates;

namespace Stancewatch.Text.Reading;

/// <summary>
/// JSON Lines: one document per line, <c>{"id"?, "url"?, "title"?, "publisher"?, "published"?, "language"?, "text"}</c>.
/// A line that is not a JSON object, or has no "text", fails alone (named by its line number); the other lines
/// are read. Blank lines are skipped. A given "id" is kept as the origin's fragment; the stored id is always
/// derived from the text, so that identity does not depend on the producer.
/// </summary>
public sealed class JsonLinesReader : IDocumentReader
{
    private readonly DocumentFactory factory;
    private readonly DateFinder dates;

    /// <summary>Creates the reader.</summary>
    public JsonLinesReader(DocumentFactory factory, DateFinder dates)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(dates);
        this.factory = factory;
        this.dates = dates;
    }

    /// <inheritdoc />
    public string Format => "jsonl";

    /// <inheritdoc />
    public FormatConfidence Recognize(InputSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Extension is ".jsonl" or ".ndjson" || source.MediaType is "application/x-ndjson" or "application/jsonl")
        {
            return FormatConfidence.Extension + 1;
        }

        string? first = FirstNonBlankLine(source.Text);
        if (first is not null && first.StartsWith('{') && first.EndsWith('}'))
        {
            try
            {
                using JsonDocument json = JsonDocument.Parse(first);
                return json.RootElement.TryGetProperty("text", out _) ? FormatConfidence.Content : FormatConfidence.No;
            }
            catch (JsonException)
            {
                return FormatConfidence.No;
            }
        }

        return FormatConfidence.No;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ReadResult> ReadAsync(InputSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await Task.CompletedTask.ConfigureAwait(false);
        using var reader = new StringReader(source.Text);
        int lineNumber = 0;
        int documents = 0;
        while (reader.ReadLine() is string line)
        {
            lineNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Trim().Trim('\uFEFF').Length == 0)
            {
                continue;
            }

            ReadResult result;
            try
            {
                result = ReadLine(source, line.Trim().Trim('\uFEFF'), lineNumber);
            }
            catch (InputException ex)
            {
                result = ReadResult.Failed(ReadFailure.From(ex));
            }

            documents++;
            yield return result;
        }

        if (documents == 0)
        {
            throw new InputException(source.Origin, "no JSON lines");
        }
    }

    private ReadResult ReadLine(InputSource source, string line, int lineNumber)
    {
        string origin = source.Origin + ":" + lineNumber.ToString(CultureInfo.InvariantCulture);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new InputException(source.Origin, "not JSON: " + ex.Message, lineNumber);
        }

        using (json)
        {
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(source.Origin, "not a JSON object", lineNumber);
            }

            string? text = Str(root, "text", source.Origin, lineNumber);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new InputException(source.Origin, "no 'text'", lineNumber);
            }

            string? publishedRaw = Str(root, "published", source.Origin, lineNumber) ?? Str(root, "date", source.Origin, lineNumber);
            DateOnly? published = null;
            if (!string.IsNullOrWhiteSpace(publishedRaw))
            {
                published = dates.ParseMetadata(publishedRaw)
                    ?? throw new InputException(source.Origin, $"'published' is not a date: '{publishedRaw}' (expected YYYY-MM-DD)", lineNumber);
            }

            string? id = Str(root, "id", source.Origin, lineNumber);
            var draft = new DocumentDraft
            {
                Origin = id is null ? origin : source.Origin + "#" + id,
                Text = text,
                Format = Format,
                Url = Str(root, "url", source.Origin, lineNumber),
                Title = Str(root, "title", source.Origin, lineNumber),
                Publisher = Str(root, "publisher", source.Origin, lineNumber),
                Language = Str(root, "language", source.Origin, lineNumber),
                Published = published,
            };
            return ReadResult.Success(factory.Create(draft), System.Text.Encoding.UTF8.GetBytes(line), "utf-8");
        }
    }

    private static string? Str(JsonElement root, string name, string origin, int line)
    {
        if (!root.TryGetProperty(name, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => throw new InputException(origin, $"'{name}' must be a string, not {v.ValueKind.ToString().ToLowerInvariant()}", line),
        };
    }

    private static string? FirstNonBlankLine(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is string line)
        {
            string t = line.Trim().Trim('\uFEFF');
            if (t.Length > 0)
            {
                return t;
            }
        }

        return null;
    }
}
