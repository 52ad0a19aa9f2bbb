using System.Collections.Frozen;

namespace Stancewatch.Nlp.Learning;

/// <summary>
/// The classes each frequent word was seen with in training. A classifier picks only among these for a known
/// word (and skips scoring when there is one), and among all classes for other words. Immutable.
/// </summary>
public sealed class TagDictionary
{
    private static readonly ulong UnknownAmbiguity = FeatureHash.Of("<unknown>");

    private readonly FrozenDictionary<string, ushort[]> _entries;
    private readonly FrozenDictionary<string, ulong> _ambiguity;
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _ambiguityOfSpan;

    /// <summary>Creates the dictionary from word → allowed class ids.</summary>
    public TagDictionary(IEnumerable<KeyValuePair<string, ushort[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        _ambiguity = _entries.ToFrozenDictionary(e => e.Key, e => AmbiguityHash(e.Value), StringComparer.Ordinal);
        _ambiguityOfSpan = _ambiguity.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// A hash of the set of classes <paramref name="word"/> was seen with (its ambiguity class), or one value
    /// shared by all words not in the dictionary. Useful as a feature of words not yet tagged.
    /// </summary>
    public ulong Ambiguity(string word) => _ambiguity.TryGetValue(word, out ulong h) ? h : UnknownAmbiguity;

    /// <summary>The ambiguity class of a word given as characters (see <see cref="Ambiguity(string)"/>).</summary>
    public ulong Ambiguity(ReadOnlySpan<char> word) => _ambiguityOfSpan.TryGetValue(word, out ulong h) ? h : UnknownAmbiguity;

    private static ulong AmbiguityHash(ushort[] classes)
    {
        ulong h = 0x51ED270B27A3F4C1UL;
        foreach (ushort c in classes)
        {
            h = FeatureHash.Mix(h ^ (c + 1UL));
        }

        return h;
    }

    /// <summary>Number of words.</summary>
    public int Count => _entries.Count;

    /// <summary>The allowed classes of <paramref name="word"/>, or an empty span when any class is allowed.</summary>
    public ReadOnlySpan<ushort> Allowed(string word) =>
        _entries.TryGetValue(word, out var classes) ? classes : ReadOnlySpan<ushort>.Empty;

    /// <summary>The best-scoring class among <paramref name="allowed"/> (all of the scores when empty); lowest id on ties.</summary>
    public static int Best(ReadOnlySpan<float> scores, ReadOnlySpan<ushort> allowed)
    {
        if (allowed.IsEmpty)
        {
            int best = 0;
            for (int c = 1; c < scores.Length; c++)
            {
                if (scores[c] > scores[best])
                {
                    best = c;
                }
            }

            return best;
        }

        int choice = allowed[0];
        for (int k = 1; k < allowed.Length; k++)
        {
            int c = allowed[k];
            if (scores[c] > scores[choice] || (scores[c] == scores[choice] && c < choice))
            {
                choice = c;
            }
        }

        return choice;
    }

    /// <summary>Writes the entries in ordinal key order.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_entries.Count);
        foreach (var key in _entries.Keys.Order(StringComparer.Ordinal))
        {
            writer.Write(key);
            var classes = _entries[key];
            writer.Write7BitEncodedInt(classes.Length);
            foreach (ushort c in classes)
            {
                writer.Write7BitEncodedInt(c);
            }
        }
    }

    /// <summary>Reads entries written by <see cref="Write"/>, checking class ids against <paramref name="classCount"/>.</summary>
    /// <exception cref="InvalidDataException">A class id is out of range.</exception>
    public static TagDictionary Read(BinaryReader reader, int classCount)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32();
        var entries = new List<KeyValuePair<string, ushort[]>>(count);
        for (int i = 0; i < count; i++)
        {
            string key = reader.ReadString();
            var classes = new ushort[reader.Read7BitEncodedInt()];
            for (int k = 0; k < classes.Length; k++)
            {
                int c = reader.Read7BitEncodedInt();
                if (c >= classCount)
                {
                    throw new InvalidDataException($"tag dictionary entry '{key}' has class {c} of {classCount}");
                }

                classes[k] = (ushort)c;
            }

            entries.Add(new(key, classes));
        }

        return new TagDictionary(entries);
    }

    /// <summary>True when both dictionaries hold the same entries.</summary>
    public bool ContentEquals(TagDictionary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _entries.Count == other._entries.Count
            && _entries.All(e => other._entries.TryGetValue(e.Key, out var o) && o.AsSpan().SequenceEqual(e.Value));
    }
}
