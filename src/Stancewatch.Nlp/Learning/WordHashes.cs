namespace Stancewatch.Nlp.Learning;

/// <summary>Hashes of one word's strings (form, lower case, shape, prefixes and suffixes), computed once per token.</summary>
public readonly record struct WordHashes(
    ulong Form,
    ulong Lower,
    ulong Shape,
    ulong Suffix1,
    ulong Suffix2,
    ulong Suffix3,
    ulong Suffix4,
    ulong Prefix1,
    ulong Prefix2,
    ulong Prefix3,
    ulong Flags)
{
    /// <summary>Hashes for a padding position before the sentence.</summary>
    public static WordHashes Start { get; } = Padding("<s>");

    /// <summary>Hashes for a padding position after the sentence.</summary>
    public static WordHashes End { get; } = Padding("</s>");

    /// <summary>Computes the hashes of <paramref name="form"/>.</summary>
    public static WordHashes Of(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        Span<char> lower = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        form.AsSpan().ToLowerInvariant(lower);
        Span<char> shape = stackalloc char[Math.Min(form.Length, 64)];
        int shapeLength = ShapeOf(form, shape);
        ulong flags = 0;
        foreach (char c in form)
        {
            flags |= char.IsUpper(c) ? 1UL : char.IsDigit(c) ? 2UL : c == '-' ? 4UL : char.IsLetter(c) ? 8UL : 16UL;
        }

        if (form.Length > 0 && char.IsUpper(form[0]))
        {
            flags |= 32UL;
        }

        return new WordHashes(
            FeatureHash.Of(form),
            FeatureHash.Of(lower),
            FeatureHash.Of(shape[..shapeLength]),
            FeatureHash.Of(Suffix(lower, 1)),
            FeatureHash.Of(Suffix(lower, 2)),
            FeatureHash.Of(Suffix(lower, 3)),
            FeatureHash.Of(Suffix(lower, 4)),
            FeatureHash.Of(lower[..Math.Min(1, lower.Length)]),
            FeatureHash.Of(lower[..Math.Min(2, lower.Length)]),
            FeatureHash.Of(lower[..Math.Min(3, lower.Length)]),
            FeatureHash.Mix(flags + 1));
    }

    /// <summary>Word shape: X for upper case, x for lower case, d for digits, other characters kept; runs cut at 2.</summary>
    public static int ShapeOf(ReadOnlySpan<char> form, Span<char> shape)
    {
        int n = 0, run = 0;
        char last = '\0';
        foreach (char c in form)
        {
            if (n == shape.Length)
            {
                break;
            }

            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2)
            {
                shape[n++] = s;
            }
        }

        return n;
    }

    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> s, int n) => s[Math.Max(0, s.Length - n)..];

    private static WordHashes Padding(string marker)
    {
        ulong h = FeatureHash.Of(marker);
        return new WordHashes(h, h, h, h, h, h, h, h, h, h, h);
    }
}
