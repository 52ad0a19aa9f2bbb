namespace Stancewatch.Nlp.Learning;

/// <summary>
/// Immutable averaged-perceptron weights for prediction: an open-addressing table from hashed feature id to a
/// sparse row of (class, weight) entries stored in flat arrays. Safe to share across threads.
/// </summary>
public sealed class PerceptronModel
{
    private readonly ulong[] _keys;
    private readonly int[] _starts;
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotRows;
    private readonly int _mask;

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
        if (starts.Length != keys.Length + 1 || classes.Length != weights.Length || starts[^1] != classes.Length)
        {
            throw new ArgumentException("perceptron rows are inconsistent");
        }

        foreach (ushort c in classes)
        {
            if (c >= classCount)
            {
                throw new ArgumentException($"class {c} is outside 0..{classCount - 1}");
            }
        }

        ClassCount = classCount;
        _keys = keys;
        _starts = starts;
        _classes = classes;
        _weights = weights;
        int capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        _mask = capacity - 1;
        _slotKeys = new ulong[capacity];
        _slotRows = new int[capacity];
        Array.Fill(_slotRows, -1);
        for (int row = 0; row < keys.Length; row++)
        {
            int slot = (int)(keys[row] & (ulong)_mask);
            while (_slotRows[slot] >= 0)
            {
                if (_slotKeys[slot] == keys[row])
                {
                    throw new ArgumentException($"feature {keys[row]} appears twice");
                }

                slot = (slot + 1) & _mask;
            }

            _slotKeys[slot] = keys[row];
            _slotRows[slot] = row;
        }
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Number of (feature, class) weights.</summary>
    public int WeightCount => _weights.Length;

    /// <summary>Approximate memory held by the model in bytes.</summary>
    public long SizeInBytes => (_keys.Length * 8L) + (_starts.Length * 4L) + (_classes.Length * 2L) + (_weights.Length * 4L) + (_slotKeys.Length * 12L);

    /// <summary>Clears <paramref name="scores"/> and adds the weights of every feature to the score of its classes.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < ClassCount)
        {
            throw new ArgumentException($"scores holds {scores.Length} values for {ClassCount} classes", nameof(scores));
        }

        scores[..ClassCount].Clear();
        var classes = _classes;
        var weights = _weights;
        foreach (ulong f in features)
        {
            int slot = (int)(f & (ulong)_mask);
            int row;
            while ((row = _slotRows[slot]) >= 0 && _slotKeys[slot] != f)
            {
                slot = (slot + 1) & _mask;
            }

            if (row < 0)
            {
                continue;
            }

            int end = _starts[row + 1];
            for (int e = _starts[row]; e < end; e++)
            {
                scores[classes[e]] += weights[e];
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
        writer.Write(ClassCount);
        writer.Write(_keys.Length);
        writer.Write(_weights.Length);
        ulong previous = 0;
        for (int row = 0; row < _keys.Length; row++)
        {
            // Keys are sorted, so deltas are smaller; lengths are usually tiny.
            writer.Write7BitEncodedInt64((long)(_keys[row] - previous));
            previous = _keys[row];
            writer.Write7BitEncodedInt(_starts[row + 1] - _starts[row]);
        }

        foreach (ushort c in _classes)
        {
            writer.Write7BitEncodedInt(c);
        }

        foreach (float w in _weights)
        {
            writer.Write(w);
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
        return ClassCount == other.ClassCount
            && _keys.AsSpan().SequenceEqual(other._keys)
            && _starts.AsSpan().SequenceEqual(other._starts)
            && _classes.AsSpan().SequenceEqual(other._classes)
            && _weights.AsSpan().SequenceEqual(other._weights);
    }
}
