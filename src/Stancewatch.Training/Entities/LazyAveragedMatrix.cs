namespace Stancewatch.Training.Entities;

/// <summary>
/// A small dense weight vector with lazy averaging over an external clock (the perceptron's step count), used
/// for the tag-transition weights whose gold and predicted features differ, which a multiclass update cannot express.
/// </summary>
internal sealed class LazyAveragedMatrix
{
    private readonly float[] _weights;
    private readonly double[] _totals;
    private readonly int[] _stamps;

    public LazyAveragedMatrix(int size)
    {
        _weights = new float[size];
        _totals = new double[size];
        _stamps = new int[size];
    }

    /// <summary>The current (not averaged) weights.</summary>
    public float[] Current => _weights;

    public void Add(int index, float delta, int step)
    {
        _totals[index] += (step - _stamps[index]) * (double)_weights[index];
        _stamps[index] = step;
        _weights[index] += delta;
    }

    public float[] Average(int steps)
    {
        var avg = new float[_weights.Length];
        double n = Math.Max(1, steps);
        for (int i = 0; i < avg.Length; i++)
        {
            avg[i] = (float)((_totals[i] + ((steps - _stamps[i]) * (double)_weights[i])) / n);
        }

        return avg;
    }
}
