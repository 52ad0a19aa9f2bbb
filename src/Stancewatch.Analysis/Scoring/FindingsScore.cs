using System.Collections.Immutable;

namespace Stancewatch.Analysis.Scoring;

/// <summary>The result of scoring an analysis against a findings file: one row per kind, the overall row, and the misses.</summary>
public sealed record FindingsScore(ImmutableArray<KindScore> Kinds, KindScore Overall, ImmutableArray<FindingMiss> Misses)
{
    /// <summary>The rows in the script's order: each kind, then "all".</summary>
    public IEnumerable<KindScore> Rows => Kinds.Append(Overall);
}
