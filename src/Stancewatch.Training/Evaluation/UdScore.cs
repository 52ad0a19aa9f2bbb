namespace Stancewatch.Training.Evaluation;

/// <summary>
/// One metric of the CoNLL 2018 evaluation: counts, precision, recall, F1 and, for metrics computed on aligned
/// words, the accuracy on those words (null otherwise). Values are fractions in [0, 1].
/// </summary>
public sealed record UdScore(string Metric, double GoldTotal, double SystemTotal, double Correct, double? AlignedTotal)
{
    public double Precision => SystemTotal > 0 ? Correct / SystemTotal : 0.0;

    public double Recall => GoldTotal > 0 ? Correct / GoldTotal : 0.0;

    public double F1 => SystemTotal + GoldTotal > 0 ? 2 * Correct / (SystemTotal + GoldTotal) : 0.0;

    /// <summary>Correct divided by the number of aligned words; null for Tokens, Sentences and Words.</summary>
    public double? AlignedAccuracy => AlignedTotal is > 0 ? Correct / AlignedTotal.Value : AlignedTotal is null ? null : 0.0;
}
