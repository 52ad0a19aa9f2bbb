using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Stancewatch.Analysis.Scoring;

/// <summary>
/// One finding of a findings file (../shared/corpus/ANNOTATION.md): its kind and every field in file order
/// (kept for the misses listing), with string access to the key fields the scorer compares.
/// </summary>
public sealed record GoldFinding(string Kind, ImmutableArray<KeyValuePair<string, JsonNode?>> Fields)
{
    /// <summary>The string value of <paramref name="name"/>, or null when absent or not a string.</summary>
    public string? this[string name]
    {
        get
        {
            foreach (var (key, value) in Fields)
            {
                if (string.Equals(key, name, StringComparison.Ordinal))
                {
                    return value is JsonValue v && v.TryGetValue(out string? s) ? s : null;
                }
            }

            return null;
        }
    }
}
