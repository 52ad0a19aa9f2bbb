using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Stancewatch.Nlp.Entities;

/// <summary>
/// Known names as token sequences (lexicon keys of <see cref="EntityFeatureExtractor.Key"/> joined by spaces) with a
/// class such as "LOC" or "ORG|PER": a gazetteer of multi-word names. <see cref="Match"/> marks the tokens of a
/// sentence that the longest known names cover, left to right. Built by the trainer, saved with the model.
/// </summary>
public sealed class PhraseLexicon
{
    private readonly FrozenDictionary<string, string> _classes;

    /// <summary>Creates the lexicon from name key → class pairs.</summary>
    public PhraseLexicon(IEnumerable<KeyValuePair<string, string>> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        _classes = classes.Where(kv => kv.Key.Length > 0).ToFrozenDictionary(StringComparer.Ordinal);
        MaxTokens = _classes.Count == 0 ? 0 : _classes.Keys.Max(k => k.AsSpan().Count(' ') + 1);
    }

    /// <summary>An empty lexicon.</summary>
    public static PhraseLexicon Empty { get; } = new([]);

    /// <summary>Number of names.</summary>
    public int Count => _classes.Count;

    /// <summary>The most tokens in a name.</summary>
    public int MaxTokens { get; }

    /// <summary>All entries, sorted by key (for saving).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Entries =>
        [.. _classes.OrderBy(kv => kv.Key, StringComparer.Ordinal)];

    /// <summary>
    /// For each token of a sentence (given as lexicon keys), its place in the longest known name that covers it and
    /// the name's class ("B-LOC", "I-LOC", "L-LOC", "U-LOC"), or null.
    /// </summary>
    public string?[] Match(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new string?[keys.Count];
        if (_classes.Count == 0)
        {
            return result;
        }

        var buffer = new System.Text.StringBuilder();
        for (int i = 0; i < keys.Count;)
        {
            int bestEnd = -1;
            string? bestClass = null;
            buffer.Clear();
            for (int j = i; j < keys.Count && j - i < MaxTokens; j++)
            {
                if (j > i)
                {
                    buffer.Append(' ');
                }

                buffer.Append(keys[j]);
                if (_classes.TryGetValue(buffer.ToString(), out var c))
                {
                    bestEnd = j + 1;
                    bestClass = c;
                }
            }

            if (bestClass is null)
            {
                i++;
                continue;
            }

            for (int t = i; t < bestEnd; t++)
            {
                string place = bestEnd - i == 1 ? "U" : t == i ? "B" : t == bestEnd - 1 ? "L" : "I";
                result[t] = place + "-" + bestClass;
            }

            i = bestEnd;
        }

        return result;
    }
}
