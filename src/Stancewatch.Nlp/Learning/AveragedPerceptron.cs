namespace Stancewatch.Nlp.Learning;

/// <summary>
/// A multiclass averaged perceptron under training. Features are 64-bit hashed ids (see <see cref="FeatureHash"/>);
/// each feature owns a sparse row of (class, weight) entries kept in flat arrays, created only when an update
/// touches it. Averaging is lazy: each entry remembers the step of its last change and the running total, so an
/// update costs the number of features, not the size of the model. Deterministic: no randomness inside.
/// Not thread-safe; call <see cref="Average"/> to get the immutable <see cref="PerceptronModel"/> used for prediction.
/// </summary>
public sealed class AveragedPerceptron
{
    private const int EmptyRow = -1;

    private ulong[] _keys;
    private int[] _slotRow;
    private int _rowCount;

    private int[] _rowStart = new int[1024];
    private int[] _rowLength = new int[1024];
    private int[] _rowCapacity = new int[1024];

    private ushort[] _classes = new ushort[4096];
    private float[] _weights = new float[4096];
    private double[] _totals = new double[4096];
    private int[] _stamps = new int[4096];
    private int _used;

    /// <summary>Creates an empty model over <paramref name="classCount"/> classes (at most 65,535).</summary>
    public AveragedPerceptron(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, ushort.MaxValue);
        ClassCount = classCount;
        _keys = new ulong[1 << 16];
        _slotRow = new int[1 << 16];
        Array.Fill(_slotRow, EmptyRow);
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Training instances seen so far (the averaging clock).</summary>
    public int Steps { get; private set; }

    /// <summary>Number of features that have a row.</summary>
    public int FeatureCount => _rowCount;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> into <paramref name="scores"/>, after clearing it.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < ClassCount)
        {
            throw new ArgumentException($"scores holds {scores.Length} values for {ClassCount} classes", nameof(scores));
        }

        scores[..ClassCount].Clear();
        foreach (ulong f in features)
        {
            int row = Find(f);
            if (row < 0)
            {
                continue;
            }

            int start = _rowStart[row], end = start + _rowLength[row];
            for (int e = start; e < end; e++)
            {
                scores[_classes[e]] += _weights[e];
            }
        }
    }

    /// <summary>
    /// Counts one training instance and, when <paramref name="guess"/> differs from <paramref name="truth"/>,
    /// moves weight from the guess to the truth for every feature.
    /// </summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(truth);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(truth, ClassCount);
        ArgumentOutOfRangeException.ThrowIfNegative(guess);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(guess, ClassCount);
        Steps++;
        if (truth == guess)
        {
            return;
        }

        foreach (ulong f in features)
        {
            int row = FindOrAdd(f);
            Add(row, truth, 1f);
            Add(row, guess, -1f);
        }
    }

    /// <summary>
    /// The averaged weights as an immutable model. Entries whose averaged weight has a magnitude below
    /// <paramref name="pruneBelow"/> are dropped, and so are features left with no entry or whose largest
    /// entry has a magnitude below <paramref name="pruneFeaturesBelow"/>.
    /// </summary>
    public PerceptronModel Average(float pruneBelow = 0f, float pruneFeaturesBelow = 0f)
    {
        double steps = Math.Max(1, Steps);
        var keys = new List<ulong>(_rowCount);
        var starts = new List<int>(_rowCount + 1);
        var classes = new List<ushort>(_used);
        var weights = new List<float>(_used);

        // Rows in key order, so that the model does not depend on insertion history.
        var order = new int[_rowCount];
        var rowKeys = new ulong[_rowCount];
        for (int slot = 0; slot < _keys.Length; slot++)
        {
            int row = _slotRow[slot];
            if (row != EmptyRow)
            {
                order[row] = row;
                rowKeys[row] = _keys[slot];
            }
        }

        Array.Sort(rowKeys, order);
        var entryOrder = new List<(ushort Class, float Weight)>();
        for (int i = 0; i < order.Length; i++)
        {
            int row = order[i];
            entryOrder.Clear();
            int start = _rowStart[row], end = start + _rowLength[row];
            for (int e = start; e < end; e++)
            {
                double total = _totals[e] + ((Steps - _stamps[e]) * (double)_weights[e]);
                float avg = (float)(total / steps);
                if (avg != 0f && Math.Abs(avg) >= pruneBelow)
                {
                    entryOrder.Add((_classes[e], avg));
                }
            }

            if (entryOrder.Count == 0 || !entryOrder.Exists(e => Math.Abs(e.Weight) >= pruneFeaturesBelow))
            {
                continue;
            }

            entryOrder.Sort((a, b) => a.Class.CompareTo(b.Class));
            keys.Add(rowKeys[i]);
            starts.Add(classes.Count);
            foreach (var (c, w) in entryOrder)
            {
                classes.Add(c);
                weights.Add(w);
            }
        }

        starts.Add(classes.Count);
        return new PerceptronModel(ClassCount, [.. keys], [.. starts], [.. classes], [.. weights]);
    }

    private void Add(int row, int cls, float delta)
    {
        int start = _rowStart[row], length = _rowLength[row];
        int e = start;
        int end = start + length;
        while (e < end && _classes[e] != cls)
        {
            e++;
        }

        if (e == end)
        {
            if (length == _rowCapacity[row])
            {
                start = Relocate(row, Math.Max(2, length * 2));
            }

            e = start + length;
            _rowLength[row] = length + 1;
            _classes[e] = (ushort)cls;
            _weights[e] = 0f;
            _totals[e] = 0d;
            _stamps[e] = Steps;
        }

        _totals[e] += (Steps - _stamps[e]) * (double)_weights[e];
        _stamps[e] = Steps;
        _weights[e] += delta;
    }

    private int Relocate(int row, int capacity)
    {
        EnsureEntries(_used + capacity);
        int from = _rowStart[row], length = _rowLength[row], to = _used;
        Array.Copy(_classes, from, _classes, to, length);
        Array.Copy(_weights, from, _weights, to, length);
        Array.Copy(_totals, from, _totals, to, length);
        Array.Copy(_stamps, from, _stamps, to, length);
        _rowStart[row] = to;
        _rowCapacity[row] = capacity;
        _used += capacity;
        return to;
    }

    private void EnsureEntries(int needed)
    {
        if (needed <= _classes.Length)
        {
            return;
        }

        int size = Math.Max(needed, _classes.Length * 2);
        Array.Resize(ref _classes, size);
        Array.Resize(ref _weights, size);
        Array.Resize(ref _totals, size);
        Array.Resize(ref _stamps, size);
    }

    private int Find(ulong key)
    {
        int mask = _keys.Length - 1;
        for (int slot = (int)(key & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            int row = _slotRow[slot];
            if (row == EmptyRow)
            {
                return -1;
            }

            if (_keys[slot] == key)
            {
                return row;
            }
        }
    }

    private int FindOrAdd(ulong key)
    {
        int mask = _keys.Length - 1;
        int slot = (int)(key & (ulong)mask);
        for (; ; slot = (slot + 1) & mask)
        {
            int row = _slotRow[slot];
            if (row == EmptyRow)
            {
                break;
            }

            if (_keys[slot] == key)
            {
                return row;
            }
        }

        int newRow = _rowCount++;
        _keys[slot] = key;
        _slotRow[slot] = newRow;
        if (newRow == _rowStart.Length)
        {
            Array.Resize(ref _rowStart, newRow * 2);
            Array.Resize(ref _rowLength, newRow * 2);
            Array.Resize(ref _rowCapacity, newRow * 2);
        }

        _rowStart[newRow] = _used;
        _rowLength[newRow] = 0;
        _rowCapacity[newRow] = 0;
        if (_rowCount * 2 > _keys.Length)
        {
            Grow();
        }

        return newRow;
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldRows = _slotRow;
        _keys = new ulong[oldKeys.Length * 2];
        _slotRow = new int[oldKeys.Length * 2];
        Array.Fill(_slotRow, EmptyRow);
        int mask = _keys.Length - 1;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            if (oldRows[i] == EmptyRow)
            {
                continue;
            }

            int slot = (int)(oldKeys[i] & (ulong)mask);
            while (_slotRow[slot] != EmptyRow)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = oldKeys[i];
            _slotRow[slot] = oldRows[i];
        }
    }
}
