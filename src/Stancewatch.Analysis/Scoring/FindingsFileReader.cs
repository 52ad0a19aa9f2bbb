using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stancewatch.Analysis.Scoring;

/// <summary>
/// Reads a findings file (<c>{"topic", "documents": [{"file", "findings": [{"kind", ...}]}]}</c>). A malformed file
/// throws a <see cref="JsonException"/> whose message starts with the JSON path of the offending value.
/// </summary>
public sealed class FindingsFileReader
{
    /// <summary>Reads a findings file from <paramref name="stream"/> (UTF-8).</summary>
    /// <exception cref="JsonException">The text is not JSON or not a findings file.</exception>
    public FindingsFile Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Read(JsonNode.Parse(stream));
    }

    /// <summary>Reads a findings file from its JSON text.</summary>
    /// <exception cref="JsonException">The text is not JSON or not a findings file.</exception>
    public FindingsFile Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(JsonNode.Parse(json));
    }

    private static FindingsFile Read(JsonNode? root)
    {
        if (root is not JsonObject top)
        {
            throw Error("$", "expected an object");
        }

        if (top["documents"] is not JsonArray docs)
        {
            throw Error("$", "missing 'documents' (an array)");
        }

        var documents = ImmutableArray.CreateBuilder<FindingsDocument>();
        for (int i = 0; i < docs.Count; i++)
        {
            string path = Path("$.documents", i);
            if (docs[i] is not JsonObject doc)
            {
                throw Error(path, "expected an object");
            }

            string file = doc["file"] is JsonValue f && f.TryGetValue(out string? s) ? s : throw Error(path, "missing 'file' (a string)");
            if (doc["findings"] is not JsonArray items)
            {
                throw Error(path, "missing 'findings' (an array)");
            }

            var findings = ImmutableArray.CreateBuilder<GoldFinding>(items.Count);
            for (int j = 0; j < items.Count; j++)
            {
                string fp = Path(path + ".findings", j);
                if (items[j] is not JsonObject finding)
                {
                    throw Error(fp, "expected an object");
                }

                string kind = finding["kind"] is JsonValue k && k.TryGetValue(out string? ks) ? ks : throw Error(fp, "missing 'kind' (a string)");
                findings.Add(new GoldFinding(kind, [.. finding.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value?.DeepClone()))]));
            }

            documents.Add(new FindingsDocument(file, findings.MoveToImmutable()));
        }

        string? topic = top["topic"] is JsonValue t && t.TryGetValue(out string? ts) ? ts : null;
        return new FindingsFile(topic, documents.ToImmutable());
    }

    private static string Path(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    private static JsonException Error(string path, string reason) => new($"{path}: {reason}", path, null, null);
}
