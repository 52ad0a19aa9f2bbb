using System.Collections.Immutable;
using System.Text;

namespace Stancewatch.Text.Duplicates;

/// <summary>
/// Near-duplicate detection by MinHash over word shingles, with LSH banding to find candidates.
/// Words are lower-cased runs of letters and digits; shingles are <see cref="ShingleSize"/> consecutive words.
/// A signature has <see cref="Bands"/> × <see cref="RowsPerBand"/> = 100 minima (standard error of the
/// similarity estimate about 0.05). Two texts are near-duplicates
/// when the estimated Jaccard similarity of their shingle sets is at least <see cref="Threshold"/> (0.7): a
/// syndicated wire story with a changed intro, a dropped paragraph or a few edited words stays above it, while
/// two reports of the same event written independently share few 3-word shingles and stay far below.
/// With 20 bands of 5 rows, a pair at similarity 0.7 shares at least one band key with probability 0.975, at 0.8
/// with probability 0.9997, while a pair at 0.3 does so with probability 0.05; candidates found by band key are
/// confirmed on the whole signature.
/// </summary>
public sealed class NearDuplicateDetector
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleSize = 3;

    /// <summary>Number of LSH bands.</summary>
    public const int Bands = 20;

    /// <summary>Signature rows per band.</summary>
    public const int RowsPerBand = 5;

    /// <summary>Estimated Jaccard similarity at or above which two texts are near-duplicates.</summary>
    public const double Threshold = 0.7;

    /// <summary>Texts with fewer words than this are never near-duplicates (too little to compare).</summary>
    public const int MinWords = 20;

    private const int HashCount = Bands * RowsPerBand;
    private readonly ulong[] multipliers;
    private readonly ulong[] addends;

    /// <summary>Creates the detector; the hash functions are fixed (seeded), so signatures are stable across runs.</summary>
    public NearDuplicateDetector()
    {
        var rng = new Random(20220224);
        multipliers = new ulong[HashCount];
        addends = new ulong[HashCount];
        for (int i = 0; i < HashCount; i++)
        {
            multipliers[i] = (ulong)rng.NextInt64() | 1UL;
            addends[i] = (ulong)rng.NextInt64();
        }
    }

    /// <summary>The signature of <paramref name="text"/>.</summary>
    public MinHashSignature Sign(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        uint[] mins = new uint[HashCount];
        Array.Fill(mins, uint.MaxValue);
        List<ulong> words = WordHashes(text);
        if (words.Count < MinWords)
        {
            return new MinHashSignature(ImmutableArray.Create(mins));
        }

        var seen = new HashSet<ulong>();
        for (int i = 0; i + ShingleSize <= words.Count; i++)
        {
            ulong shingle = 14695981039346656037UL;
            for (int k = 0; k < ShingleSize; k++)
            {
                shingle = (shingle ^ words[i + k]) * 1099511628211UL;
            }

            if (!seen.Add(shingle))
            {
                continue;
            }

            // Multiply-shift hashing: the high 32 bits of a*x+b over 64 bits are a universal hash family.
            ulong x = Mix64(shingle);
            for (int h = 0; h < HashCount; h++)
            {
                uint v = (uint)(((multipliers[h] * x) + addends[h]) >> 32);
                if (v < mins[h])
                {
                    mins[h] = v;
                }
            }
        }

        return new MinHashSignature(ImmutableArray.Create(mins));
    }

    /// <summary>One key per band (band number mixed in), for finding candidates by exact key match.</summary>
    public ImmutableArray<long> BandKeys(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.IsEmpty)
        {
            return [];
        }

        var keys = ImmutableArray.CreateBuilder<long>(Bands);
        for (int b = 0; b < Bands; b++)
        {
            ulong h = 14695981039346656037UL ^ (ulong)b;
            for (int r = 0; r < RowsPerBand; r++)
            {
                h = (h ^ signature.Values[(b * RowsPerBand) + r]) * 1099511628211UL;
            }

            keys.Add((long)h);
        }

        return keys.MoveToImmutable();
    }

    /// <summary>True when the two signatures are near-duplicates.</summary>
    public bool AreNearDuplicates(MinHashSignature a, MinHashSignature b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Similarity(b) >= Threshold;
    }

    private static ulong Mix64(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        ulong h = 0;
        bool inWord = false;
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (!inWord)
                {
                    h = 14695981039346656037UL;
                    inWord = true;
                }

                h = (h ^ (uint)Rune.ToLowerInvariant(rune).Value) * 1099511628211UL;
            }
            else if (inWord)
            {
                words.Add(h);
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(h);
        }

        return words;
    }
}
