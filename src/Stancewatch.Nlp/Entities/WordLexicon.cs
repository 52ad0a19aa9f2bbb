using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Stancewatch.Nlp.Entities;

/// <summary>
/// What the training data says about a lower-cased word type, as short class strings used as features:
/// how often treebanks tag it as a proper noun (e.g. "p3" = nearly always) and, from the entity data,
/// which entity type it most often belongs to (e.g. "LOC2"). Built by the trainer, saved with the model.
/// </summary>
public sealed class WordLexicon
{
    private readonly FrozenDictionary<string, string> _classes;

    /// <summary>Creates the lexicon from word → class pairs.</summary>
    public WordLexicon(IEnumerable<KeyValuePair<string, string>> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>An empty lexicon.</summary>
    public static WordLexicon Empty { get; } = new([]);

    /// <summary>Number of words.</summary>
    public int Count => _classes.Count;

    /// <summary>All entries, sorted by word (for saving).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Entries =>
        [.. _classes.OrderBy(kv => kv.Key, StringComparer.Ordinal)];

    /// <summary>The class of a lower-cased word, or null when unknown.</summary>
    public string? ClassOf(string lower) => _classes.TryGetValue(lower, out var c) ? c : null;
}
