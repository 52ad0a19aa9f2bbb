using System.Collections.Immutable;

namespace Stancewatch.Text.Duplicates;

/// <summary>
/// The MinHash signature of a text's word shingles: one minimum per hash function. The share of equal
/// positions between two signatures estimates the Jaccard similarity of the two shingle sets.
/// </summary>
public sealed record MinHashSignature
{
    /// <summary>Creates a signature from its minima.</summary>
    public MinHashSignature(ImmutableArray<uint> values)
    {
        Values = values;
    }

    /// <summary>The minima, one per hash function.</summary>
    public ImmutableArray<uint> Values { get; }

    /// <summary>True when the text had no shingle (too short to compare).</summary>
    public bool IsEmpty => Values.All(v => v == uint.MaxValue);

    /// <summary>Estimated Jaccard similarity with <paramref name="other"/> (0 for empty signatures).</summary>
    public double Similarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Values.Length != Values.Length)
        {
            throw new ArgumentException("signatures of different lengths", nameof(other));
        }

        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        int same = 0;
        for (int i = 0; i < Values.Length; i++)
        {
            if (Values[i] == other.Values[i])
            {
                same++;
            }
        }

        return (double)same / Values.Length;
    }

    /// <summary>Little-endian bytes, for storage.</summary>
    public byte[] ToBytes()
    {
        byte[] bytes = new byte[Values.Length * 4];
        for (int i = 0; i < Values.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), Values[i]);
        }

        return bytes;
    }

    /// <summary>The signature stored by <see cref="ToBytes"/>.</summary>
    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 4 != 0)
        {
            throw new ArgumentException("signature bytes must be a multiple of 4", nameof(bytes));
        }

        var values = ImmutableArray.CreateBuilder<uint>(bytes.Length / 4);
        for (int i = 0; i < bytes.Length; i += 4)
        {
            values.Add(System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]));
        }

        return new MinHashSignature(values.MoveToImmutable());
    }
}
