using System.Collections.Immutable;

namespace Stancewatch.Training.Evaluation;

/// <summary>The scores of one gold/system comparison, in the order of the official evaluation script.</summary>
public sealed record UdEvaluation(ImmutableArray<UdScore> Scores)
{
    /// <summary>The metric names in output order.</summary>
    public static ImmutableArray<string> MetricNames { get; } =
        ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS", "CLAS", "MLAS", "BLEX"];

    /// <summary>The score of <paramref name="metric"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such metric.</exception>
    public UdScore this[string metric] =>
        Scores.FirstOrDefault(s => string.Equals(s.Metric, metric, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"no metric '{metric}' (expected one of {string.Join(", ", MetricNames)})");
}
