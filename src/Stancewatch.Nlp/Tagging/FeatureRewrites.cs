using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Stancewatch.Nlp.Tagging;

/// <summary>
/// Features that <see cref="PerceptronTagger"/> rewrites after tagging, per (lower-case form, XPOS): where the
/// training treebanks follow different conventions for a word (GUM writes <c>Degree=Pos</c> on "really", EWT
/// does not), the tagger learns both and this table makes its output follow one. Immutable.
/// </summary>
public sealed class FeatureRewrites
{
    private readonly FrozenDictionary<(string Form, string Xpos), ImmutableArray<(string Name, string Value)>> _changes;

    /// <summary>Creates the table; an empty value removes the feature.</summary>
    public FeatureRewrites(IEnumerable<KeyValuePair<(string Form, string Xpos), ImmutableArray<(string Name, string Value)>>> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _changes = changes.ToFrozenDictionary();
    }

    /// <summary>The empty table.</summary>
    public static FeatureRewrites None { get; } = new([]);

    /// <summary>Number of (form, XPOS, feature) changes.</summary>
    public int Count => _changes.Values.Sum(c => c.Length);

    /// <summary>Entries in ordinal order of form, then XPOS.</summary>
    public IEnumerable<KeyValuePair<(string Form, string Xpos), ImmutableArray<(string Name, string Value)>>> Entries =>
        _changes.OrderBy(e => e.Key.Form, StringComparer.Ordinal).ThenBy(e => e.Key.Xpos, StringComparer.Ordinal);

    /// <summary>
    /// For each lower-case form in the table, the rewritten FEATS of each class (by id) whose XPOS it names, so
    /// that tagging looks the result up instead of building strings.
    /// </summary>
    public FrozenDictionary<string, FrozenDictionary<int, string>> Bind(IReadOnlyList<(string Upos, string Xpos, string Feats)> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        return _changes.GroupBy(e => e.Key.Form, StringComparer.Ordinal).ToFrozenDictionary(
            g => g.Key,
            g => g.SelectMany(e => Enumerable.Range(0, classes.Count)
                    .Where(c => classes[c].Xpos == e.Key.Xpos)
                    .Select(c => (Class: c, Feats: Rewrite(classes[c].Feats, e.Value))))
                .ToFrozenDictionary(x => x.Class, x => x.Feats),
            StringComparer.Ordinal);
    }

    /// <summary><paramref name="feats"/> with each named feature set to its value (removed when the value is empty), sorted by name as CoNLL-U requires.</summary>
    public static string Rewrite(string feats, IEnumerable<(string Name, string Value)> changes)
    {
        ArgumentNullException.ThrowIfNull(feats);
        ArgumentNullException.ThrowIfNull(changes);
        var parts = (feats == "_" ? [] : feats.Split('|')).ToDictionary(p => p.Split('=')[0], p => p, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            if (value.Length == 0)
            {
                parts.Remove(name);
            }
            else
            {
                parts[name] = name + "=" + value;
            }
        }

        return parts.Count == 0 ? "_" : string.Join('|', parts.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => p.Value));
    }

    /// <summary>Writes the table.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_changes.Count);
        foreach (var (key, changes) in Entries)
        {
            writer.Write(key.Form);
            writer.Write(key.Xpos);
            writer.Write(changes.Length);
            foreach (var (name, value) in changes)
            {
                writer.Write(name);
                writer.Write(value);
            }
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static FeatureRewrites Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32();
        var entries = new List<KeyValuePair<(string, string), ImmutableArray<(string, string)>>>(count);
        for (int i = 0; i < count; i++)
        {
            var key = (reader.ReadString(), reader.ReadString());
            var changes = new (string, string)[reader.ReadInt32()];
            for (int k = 0; k < changes.Length; k++)
            {
                changes[k] = (reader.ReadString(), reader.ReadString());
            }

            entries.Add(new(key, [.. changes]));
        }

        return new FeatureRewrites(entries);
    }
}
