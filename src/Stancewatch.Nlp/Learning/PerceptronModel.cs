using System.Runtime.InteropServices;

namespace Stancewatch.Nlp.Learning;

/// <summary>
/// Immutable averaged-perceptron weights for prediction, laid out so that one feature costs about two cache
/// misses: an open-addressing table of (feature id, row start) slots, and one flat array of rows, each row a
/// count followed by (class, half-precision weight) entries packed in 32 bits. Weights are rounded to
/// <see cref="Half"/> when the model is built, so a model scores exactly the same before and after
/// <see cref="Write"/> and <see cref="Read"/>. Safe to share across threads.
/// </summary>
public sealed class PerceptronModel
{
    // Slots stay at most this full; linear probing then needs few probes even for absent features.
    private const double MaxLoad = 0.7;

    // Converting Half to float in software costs more than one load from this 256 KB table.
    private static readonly float[] HalfValues = [.. Enumerable.Range(0, 1 << 16).Select(bits => (float)BitConverter.UInt16BitsToHalf((ushort)bits))];

    private readonly Slot[] _slots;

    // entries[0] is an empty row, the row of every absent feature: a slot with Start 0 is empty.
    private readonly uint[] _entries;

    /// <summary>
    /// Creates a model from rows sorted by key: row i has key <paramref name="keys"/>[i] and entries
    /// [<paramref name="starts"/>[i], <paramref name="starts"/>[i + 1]).
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
        _entries = new uint[1 + keys.Length + classes.Length];
        int next = 1;
        for (int row = 0; row < keys.Length; row++)
        {
            int from = starts[row], to = starts[row + 1];
            if (to < from)
            {
                throw new ArgumentException($"row {row} ends before it starts");
            }

            int slot = Home(keys[row], _slots.Length);
            while (_slots[slot].Start != 0)
            {
                if (_slots[slot].Key == keys[row])
                {
                    throw new ArgumentException($"feature {keys[row]} appears twice");
                }

                slot = slot + 1 == _slots.Length ? 0 : slot + 1;
            }

            _slots[slot] = new Slot(keys[row], next);
            _entries[next++] = (uint)(to - from);
            for (int e = from; e < to; e++)
            {
                if (classes[e] >= classCount)
                {
                    throw new ArgumentException($"class {classes[e]} is outside 0..{classCount - 1}");
                }

                _entries[next++] = ((uint)classes[e] << 16) | BitConverter.HalfToUInt16Bits((Half)weights[e]);
            }
        }

        FeatureCount = keys.Length;
        WeightCount = classes.Length;
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of (feature, class) weights.</summary>
    public int WeightCount { get; }

    /// <summary>Approximate memory held by the model in bytes.</summary>
    public long SizeInBytes => (_slots.Length * (long)Marshal.SizeOf<Slot>()) + (_entries.Length * 4L);

    /// <summary>Clears <paramref name="scores"/> and adds the weights of every feature to the score of its classes.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < ClassCount)
        {
            throw new ArgumentException($"scores holds {scores.Length} values for {ClassCount} classes", nameof(scores));
        }

        scores[..ClassCount].Clear();
        var slots = _slots;
        var entries = _entries;
        var halfValues = HalfValues;
        Span<int> homes = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        Span<int> starts = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];

        // The table is far larger than the cache, so each lookup is a cache miss. Independent loads in one
        // pass let the processor wait for many misses at once instead of one after another.
        for (int i = 0; i < features.Length; i++)
        {
            int home = Home(features[i], slots.Length);
            homes[i] = home;
            starts[i] = slots[home].Start;
        }

        for (int i = 0; i < features.Length; i++)
        {
            ref readonly Slot s = ref slots[homes[i]];
            starts[i] = s.Key == features[i] || s.Start == 0 ? starts[i] : Probe(features[i], homes[i]);
            homes[i] = (int)entries[starts[i]];
        }

        for (int i = 0; i < features.Length; i++)
        {
            int start = starts[i], end = start + homes[i];
            for (int e = start + 1; e <= end; e++)
            {
                uint entry = entries[e];
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
        var rows = SortedRows();
        writer.Write(ClassCount);
        writer.Write(rows.Length);
        writer.Write(WeightCount);
        ulong previous = 0;
        foreach (var slot in rows)
        {
            // Keys are sorted, so deltas are smaller; lengths are usually tiny.
            writer.Write7BitEncodedInt64((long)(slot.Key - previous));
            previous = slot.Key;
            writer.Write7BitEncodedInt((int)_entries[slot.Start]);
        }

        foreach (var slot in rows)
        {
            foreach (uint entry in Row(slot.Start))
            {
                writer.Write7BitEncodedInt((int)(entry >> 16));
            }
        }

        foreach (var slot in rows)
        {
            foreach (uint entry in Row(slot.Start))
            {
                writer.Write((float)BitConverter.UInt16BitsToHalf((ushort)entry));
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

        foreach (var slot in _slots)
        {
            if (slot.Start != 0 && !Row(slot.Start).SequenceEqual(other.Row(other.Find(slot.Key))))
            {
                return false;
            }
        }

        return true;
    }

    private static int Home(ulong key, int length) => (int)(((key >> 32) * (ulong)length) >> 32);

    private int Find(ulong key) => Probe(key, Home(key, _slots.Length));

    private int Probe(ulong key, int slot)
    {
        var slots = _slots;
        while (true)
        {
            ref readonly Slot s = ref slots[slot];
            if (s.Key == key || s.Start == 0)
            {
                return s.Start;
            }

            slot = slot + 1 == slots.Length ? 0 : slot + 1;
        }
    }

    private ReadOnlySpan<uint> Row(int start) => _entries.AsSpan(start + 1, (int)_entries[start]);

    private Slot[] SortedRows()
    {
        var rows = Array.FindAll(_slots, s => s.Start != 0);
        Array.Sort(rows, (a, b) => a.Key.CompareTo(b.Key));
        return rows;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Key, int Start);
}
