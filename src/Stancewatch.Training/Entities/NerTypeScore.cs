namespace Stancewatch.Training.Entities;

/// <summary>Exact-span counts and precision, recall and F1 for one entity type (or all types, micro-averaged).</summary>
public sealed record NerTypeScore(string Label, int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold (0 when there is no gold mention).</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
