using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Actors;

/// <summary>
/// Keys sorted ordinally, looked up one character at a time: a <see cref="KeyCursor"/> narrows to the keys that
/// start with what was fed so far, so a caller can walk a token sequence without building the joined string and
/// stop as soon as no key can match. Immutable and thread-safe.
/// </summary>
public sealed class PrefixIndex<TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;

    /// <summary>Creates the index; keys must be distinct.</summary>
    /// <exception cref="ArgumentException">A key occurs twice.</exception>
    public PrefixIndex(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var pairs = entries.ToArray();
        _keys = [.. pairs.Select(e => e.Key)];
        _values = [.. pairs.Select(e => e.Value)];
        Array.Sort(_keys, _values, StringComparer.Ordinal);
        for (int i = 1; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i - 1], _keys[i], StringComparison.Ordinal))
            {
                throw new ArgumentException($"key '{_keys[i]}' occurs twice", nameof(entries));
            }
        }
    }

    /// <summary>Number of keys.</summary>
    public int Count => _keys.Length;

    /// <summary>The cursor before any character: every key.</summary>
    public KeyCursor Start => new(0, _keys.Length, 0);

    /// <summary>The keys of <paramref name="cursor"/> whose next character is <paramref name="c"/>.</summary>
    public KeyCursor Next(KeyCursor cursor, char c)
    {
        if (cursor.IsEmpty)
        {
            return cursor;
        }

        int depth = cursor.Depth;
        int low = LowerBound(cursor.Low, cursor.High, depth, c);
        int high = LowerBound(low, cursor.High, depth, (char)(c + 1), c == char.MaxValue);
        return new KeyCursor(low, high, depth + 1);
    }

    /// <summary>The cursor after feeding every character of <paramref name="text"/>.</summary>
    public KeyCursor Next(KeyCursor cursor, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (cursor.IsEmpty)
            {
                break;
            }

            cursor = Next(cursor, c);
        }

        return cursor;
    }

    /// <summary>The value of the key that is exactly the characters fed so far.</summary>
    public bool TryGetExact(KeyCursor cursor, out TValue value)
    {
        if (!cursor.IsEmpty && _keys[cursor.Low].Length == cursor.Depth)
        {
            value = _values[cursor.Low];
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The value of an exact key, looked up from the start.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => TryGetExact(Next(Start, key), out value);

    /// <summary>Every key and value, sorted by key.</summary>
    public ImmutableArray<KeyValuePair<string, TValue>> Entries => [.. _keys.Select((k, i) => KeyValuePair.Create(k, _values[i]))];

    // First index in [low, high) whose character at depth is at least c; a key that ends at depth sorts first.
    private int LowerBound(int low, int high, int depth, char c, bool pastEnd = false)
    {
        if (pastEnd)
        {
            return high;
        }

        while (low < high)
        {
            int mid = (low + high) >>> 1;
            string key = _keys[mid];
            if (key.Length <= depth || key[depth] < c)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
