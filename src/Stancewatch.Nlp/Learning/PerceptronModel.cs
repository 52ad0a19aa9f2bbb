using System.Runtime.InteropServices;

namespace Stancewatch.Nlp.Learning;

/// <summary>
/// Immutable averaged-perceptron weights for prediction, laid out for few cache misses: an open-addressing table
/// of 16-byte slots, one per feature. A slot holds the feature id and, for the two thirds of features with at
/// most two weights, the weights themselves; otherwise it points to a row (count, then entries) in one flat array.
/// An entry packs a class and a <see cref="Half"/> weight in 32 bits. Weights are rounded to half precision when
/// the model is built, so a model scores exactly the same before and after <see cref="Write"/> and <see cref="Read"/>.
/// Safe to share across threads.
/// </summary>
public sealed class PerceptronModel
{
    // Slots stay at most this full; linear probing then needs few probes even for absent features.
    private const double MaxLoad = 0.7;

    // First word of a slot whose second word is a row start. No entry has this value (classes < 65,535).
    private const uint RowPointer = uint.MaxValue;

    // Converting Half to float in software costs more than one load from this 256 KB table.
    private static readonly float[] HalfValues = [.. Enumerable.Range(0, 1 << 16).Select(bits => (float)BitConverter.UInt16BitsToHalf((ushort)bits))];

    // An empty slot has First == 0: entries with a zero weight are never stored, so no entry is 0.
    private readonly Slot[] _slots;
    private readonly uint[] _rows;

    /// <summary>
    /// Creates a model from rows sorted by key: row i has key <paramref name="keys"/>[i] and entries
    /// [<paramref name="starts"/>[i], <paramref name="starts"/>[i + 1]). Weights that round to zero in half
    /// precision are dropped, and so are features left without weights.
    /// </summary>
    /// <exception cref="ArgumentException">The arrays are inconsistent.</exception>
    public PerceptronModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, ushort.MaxValue);
        if (starts.Length != keys.Length + 1 || classes.Length != weights.Length || starts[^1] != classes.Length)
        {
            throw new ArgumentException("perceptron rows are inconsistent");
        }

        ClassCount = classCount;
        _slots = new Slot[Math.Max(4, (int)(keys.Length / MaxLoad) + 1)];
        var rows = new uint[1 + keys.Length + classes.Length];
        int used = 1;
        var row = new uint[classCount];
        for (int r = 0; r < keys.Length; r++)
        {
            if (starts[r + 1] < starts[r])
            {
                throw new ArgumentException($"row {r} ends before it starts");
            }

            int n = 0;
            for (int e = starts[r]; e < starts[r + 1]; e++)
            {
                if (classes[e] >= classCount)
                {
                    throw new ArgumentException($"class {classes[e]} is outside 0..{classCount - 1}");
                }

                uint entry = ((uint)classes[e] << 16) | BitConverter.HalfToUInt16Bits((Half)weights[e]);
                if ((entry & 0x7FFF) != 0 && n < row.Length)
                {
                    row[n++] = entry;
                }
            }

            if (n == 0)
            {
                continue;
            }

            int slot = Home(keys[r], _slots.Length);
            while (_slots[slot].First != 0)
            {
                if (_slots[slot].Key == keys[r])
                {
                    throw new ArgumentException($"feature {keys[r]} appears twice");
                }

                slot = slot + 1 == _slots.Length ? 0 : slot + 1;
            }

            if (n <= 2)
            {
                _slots[slot] = new Slot(keys[r], row[0], n == 2 ? row[1] : 0);
            }
            else
            {
                _slots[slot] = new Slot(keys[r], RowPointer, (uint)used);
                rows[used++] = (uint)n;
                row.AsSpan(0, n).CopyTo(rows.AsSpan(used));
                used += n;
            }

            FeatureCount++;
            WeightCount += n;
        }

        _rows = rows[..used];
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of (feature, class) weights.</summary>
    public int WeightCount { get; }

    /// <summary>Approximate memory held by the model in bytes.</summary>
    public long SizeInBytes => (_slots.Length * (long)Marshal.SizeOf<Slot>()) + (_rows.Length * 4L);

    /// <summary>Clears <paramref name="scores"/> and adds the weights of every feature to the score of its classes.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < ClassCount)
        {
            throw new ArgumentException($"scores holds {scores.Length} values for {ClassCount} classes", nameof(scores));
        }

        scores[..ClassCount].Clear();
        var slots = _slots;
        var rows = _rows;
        var halfValues = HalfValues;
        Span<int> homes = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        Span<uint> firsts = features.Length <= 256 ? stackalloc uint[features.Length] : new uint[features.Length];
        Span<int> starts = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];

        // The table is far larger than the cache, so each lookup is a cache miss. Independent loads in one
        // pass let the processor wait for many misses at once instead of one after another.
        for (int i = 0; i < features.Length; i++)
        {
            int home = Home(features[i], slots.Length);
            homes[i] = home;
            firsts[i] = slots[home].First;
        }

        int pointed = 0;
        for (int i = 0; i < features.Length; i++)
        {
            if (firsts[i] == 0)
            {
                continue;
            }

            ref readonly Slot s = ref slots[Probe(features[i], homes[i])];
            if (s.First == RowPointer)
            {
                starts[pointed] = (int)s.Second;
                homes[pointed++] = (int)rows[s.Second];
            }
            else if (s.First != 0)
            {
                scores[(int)(s.First >> 16)] += halfValues[(ushort)s.First];
                scores[(int)(s.Second >> 16)] += halfValues[(ushort)s.Second];
            }
        }

        for (int i = 0; i < pointed; i++)
        {
            int start = starts[i], end = start + homes[i];
            for (int e = start + 1; e <= end; e++)
            {
                uint entry = rows[e];
                scores[(int)(entry >> 16)] += halfValues[(ushort)entry];
            }
        }
    }

    /// <summary>Index of the highest score among the first <see cref="ClassCount"/> values (lowest index on ties).</summary>
    public int Best(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < ClassCount; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>Writes the weights (key-sorted rows) to <paramref name="writer"/>.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var slots = SortedSlots();
        writer.Write(ClassCount);
        writer.Write(slots.Length);
        writer.Write(WeightCount);
        ulong previous = 0;
        foreach (var slot in slots)
        {
            // Keys are sorted, so deltas are smaller; lengths are usually tiny.
            writer.Write7BitEncodedInt64((long)(slot.Key - previous));
            previous = slot.Key;
            writer.Write7BitEncodedInt(Entries(slot).Length);
        }

        foreach (var slot in slots)
        {
            foreach (uint entry in Entries(slot))
            {
                writer.Write7BitEncodedInt((int)(entry >> 16));
            }
        }

        foreach (var slot in slots)
        {
            foreach (uint entry in Entries(slot))
            {
                writer.Write(HalfValues[(ushort)entry]);
            }
        }
    }

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is inconsistent.</exception>
    public static PerceptronModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int classCount = reader.ReadInt32();
        int rows = reader.ReadInt32();
        int entries = reader.ReadInt32();
        if (classCount < 1 || rows < 0 || entries < 0)
        {
            throw new InvalidDataException($"bad perceptron header: {classCount} classes, {rows} rows, {entries} weights");
        }

        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        ulong previous = 0;
        for (int row = 0; row < rows; row++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[row] = previous;
            starts[row + 1] = starts[row] + reader.Read7BitEncodedInt();
        }

        if (starts[rows] != entries)
        {
            throw new InvalidDataException($"perceptron rows hold {starts[rows]} weights, header says {entries}");
        }

        var classes = new ushort[entries];
        for (int e = 0; e < entries; e++)
        {
            classes[e] = checked((ushort)reader.Read7BitEncodedInt());
        }

        var weights = new float[entries];
        for (int e = 0; e < entries; e++)
        {
            weights[e] = reader.ReadSingle();
        }

        try
        {
            return new PerceptronModel(classCount, keys, starts, classes, weights);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    /// <summary>True when both models hold exactly the same weights.</summary>
    public bool ContentEquals(PerceptronModel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ClassCount != other.ClassCount || FeatureCount != other.FeatureCount || WeightCount != other.WeightCount)
        {
            return false;
        }

        var mine = SortedSlots();
        var theirs = other.SortedSlots();
        for (int i = 0; i < mine.Length; i++)
        {
            if (mine[i].Key != theirs[i].Key || !Entries(mine[i]).SequenceEqual(other.Entries(theirs[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static int Home(ulong key, int length) => (int)(((key >> 32) * (ulong)length) >> 32);

    // The slot of key, or the empty slot where the probe ended.
    private int Probe(ulong key, int slot)
    {
        var slots = _slots;
        while (slots[slot].First != 0 && slots[slot].Key != key)
        {
            slot = slot + 1 == slots.Length ? 0 : slot + 1;
        }

        return slot;
    }

    private ReadOnlySpan<uint> Entries(Slot slot) =>
        slot.First == RowPointer ? _rows.AsSpan((int)slot.Second + 1, (int)_rows[slot.Second])
        : slot.Second == 0 ? new[] { slot.First }
        : new[] { slot.First, slot.Second };

    private Slot[] SortedSlots()
    {
        var slots = Array.FindAll(_slots, s => s.First != 0);
        Array.Sort(slots, (a, b) => a.Key.CompareTo(b.Key));
        return slots;
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(ulong Key, uint First, uint Second);
}
