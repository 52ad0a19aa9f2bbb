using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Stancewatch.Training.Evaluation;

/// <summary>
/// Reads the PLOVER gold standard (../shared/eval/PLOVER_GSR_CAMEO.json): one record per sentence with source,
/// target and event. The draft 0.5 name FIGHT is read as ASSAULT; DOCUMENT records are skipped.
/// </summary>
public static class PloverGoldReader
{
    /// <summary>The coded sentences of the file.</summary>
    /// <exception cref="FormatException">The file is not a JSON array of records (names the file and the reason).</exception>
    public static IReadOnlyList<GoldSentence> ReadFile(string path)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: not JSON: {e.Message}", e);
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{path}: expected a JSON array of records");
            }

            var result = new List<GoldSentence>();
            foreach (var r in json.RootElement.EnumerateArray())
            {
                string evt = Str(r, "event") ?? "";
                string? text = Str(r, "text");
                if (evt == "DOCUMENT" || string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                DateOnly? date = DateOnly.TryParseExact(Str(r, "date") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                var gold = new GoldEvent(evt == "FIGHT" ? "ASSAULT" : evt, Actors(r, "source"), Actors(r, "target"));
                result.Add(new GoldSentence(Str(r, "id") ?? $"record-{result.Count}", date, text!, null, [gold]));
            }

            return result;
        }
    }

    private static string? Str(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static ImmutableArray<GoldActor> Actors(JsonElement r, string name)
    {
        if (!r.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var b = ImmutableArray.CreateBuilder<GoldActor>();
        foreach (var a in v.EnumerateArray())
        {
            if (a.ValueKind == JsonValueKind.Object)
            {
                b.Add(new GoldActor((Str(a, "actorText") ?? "").Trim(), (Str(a, "code") ?? "").Trim(), Str(a, "sector")));
            }
        }

        return b.ToImmutable();
    }
}
