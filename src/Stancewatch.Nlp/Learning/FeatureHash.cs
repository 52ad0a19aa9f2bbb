namespace Stancewatch.Nlp.Learning;

/// <summary>
/// Deterministic 64-bit hashing of feature strings and feature conjunctions (FNV-1a over UTF-16 code units,
/// finished with a SplitMix64 mix). Unlike <see cref="string.GetHashCode()"/> the values are the same in every
/// process, so a hashed feature id can be saved in a model file.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of a string value.</summary>
    public static ulong Of(ReadOnlySpan<char> value)
    {
        ulong h = Offset;
        foreach (char c in value)
        {
            h ^= c;
            h *= Prime;
        }

        return Mix(h);
    }

    /// <summary>Feature id of <paramref name="template"/> applied to one hashed value.</summary>
    public static ulong Combine(int template, ulong a) => Mix(a ^ ((ulong)(uint)template * 0x9E3779B97F4A7C15UL));

    /// <summary>Feature id of <paramref name="template"/> applied to two hashed values.</summary>
    public static ulong Combine(int template, ulong a, ulong b) => Mix(Combine(template, a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>Feature id of <paramref name="template"/> applied to three hashed values.</summary>
    public static ulong Combine(int template, ulong a, ulong b, ulong c) => Mix(Combine(template, a, b) ^ (c * 0x165667B19E3779F9UL));

    /// <summary>SplitMix64 finaliser.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
