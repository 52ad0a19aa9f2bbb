using System.Collections.Immutable;

namespace Stancewatch.Nlp.Entities;

/// <summary>
/// The BILOU tag set over entity types: tag 0 is O, then for each type (in the given order) B-, I-, L- and U-.
/// Converts between mentions and tag sequences and says which tag may follow which, so that a decoder
/// can only produce well-formed spans.
/// </summary>
public sealed class BilouScheme
{
    private const int B = 0, I = 1, L = 2, U = 3;
    private readonly bool[] _allowed;

    /// <summary>Creates the tag set for <paramref name="types"/> (e.g. LOC, ORG, PER).</summary>
    /// <exception cref="ArgumentException">No type, or a duplicate type.</exception>
    public BilouScheme(IEnumerable<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = [.. types];
        if (Types.IsEmpty || Types.Distinct(StringComparer.Ordinal).Count() != Types.Length)
        {
            throw new ArgumentException("entity types must be non-empty and distinct", nameof(types));
        }

        var tags = ImmutableArray.CreateBuilder<string>();
        tags.Add("O");
        foreach (var t in Types)
        {
            tags.Add("B-" + t);
            tags.Add("I-" + t);
            tags.Add("L-" + t);
            tags.Add("U-" + t);
        }

        Tags = tags.ToImmutable();
        int n = Tags.Length;
        _allowed = new bool[(n + 1) * n];
        for (int prev = -1; prev < n; prev++)
        {
            for (int tag = 0; tag < n; tag++)
            {
                _allowed[((prev + 1) * n) + tag] = Allowed(prev, tag);
            }
        }
    }

    /// <summary>Entity types in tag order.</summary>
    public ImmutableArray<string> Types { get; }

    /// <summary>All tags; index 0 is O.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Number of tags.</summary>
    public int Count => Tags.Length;

    /// <summary>True when <paramref name="tag"/> may follow <paramref name="previous"/> (-1 = sentence start).</summary>
    public bool CanFollow(int previous, int tag) => _allowed[((previous + 1) * Count) + tag];

    /// <summary>True when <paramref name="tag"/> may end a sentence.</summary>
    public bool CanEnd(int tag) => tag == 0 || Part(tag) is L or U;

    /// <summary>Tag ids for the mentions of a sentence of <paramref name="length"/> tokens; overlapping or unknown-type mentions are skipped.</summary>
    public int[] Encode(int length, IEnumerable<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var tags = new int[length];
        foreach (var m in mentions.OrderBy(m => m.FirstToken))
        {
            int type = Types.IndexOf(m.Label);
            if (type < 0 || m.FirstToken < 0 || m.EndToken > length || m.EndToken <= m.FirstToken)
            {
                continue;
            }

            bool free = true;
            for (int i = m.FirstToken; i < m.EndToken; i++)
            {
                free &= tags[i] == 0;
            }

            if (!free)
            {
                continue;
            }

            int baseTag = 1 + (type * 4);
            if (m.EndToken - m.FirstToken == 1)
            {
                tags[m.FirstToken] = baseTag + U;
                continue;
            }

            tags[m.FirstToken] = baseTag + B;
            for (int i = m.FirstToken + 1; i < m.EndToken - 1; i++)
            {
                tags[i] = baseTag + I;
            }

            tags[m.EndToken - 1] = baseTag + L;
        }

        return tags;
    }

    /// <summary>Mentions from a tag sequence, offset by <paramref name="offset"/> tokens. Ill-formed runs are read leniently.</summary>
    public ImmutableArray<EntityMention> Decode(ReadOnlySpan<int> tags, int offset = 0)
    {
        var result = ImmutableArray.CreateBuilder<EntityMention>();
        int start = -1, type = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int t = tags[i];
            if (t == 0)
            {
                Close(i);
                continue;
            }

            int ty = (t - 1) / 4, part = Part(t);
            if (part is B or U || start < 0 || ty != type)
            {
                Close(i);
                start = i;
                type = ty;
            }

            if (part is L or U)
            {
                Close(i + 1);
            }
        }

        Close(tags.Length);
        return result.ToImmutable();

        void Close(int end)
        {
            if (start >= 0)
            {
                result.Add(new EntityMention(offset + start, offset + end, Types[type]));
            }

            start = -1;
            type = -1;
        }
    }

    private static int Part(int tag) => (tag - 1) % 4;

    private bool Allowed(int prev, int tag)
    {
        bool prevOpen = prev > 0 && Part(prev) is B or I;
        if (tag == 0)
        {
            return !prevOpen;
        }

        int part = Part(tag);
        if (part is B or U)
        {
            return !prevOpen;
        }

        // I and L continue an open span of the same type.
        return prevOpen && (prev - 1) / 4 == (tag - 1) / 4;
    }
}
