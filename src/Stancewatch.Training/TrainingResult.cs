using System.Collections.Immutable;

namespace Stancewatch.Training;

/// <summary>A trained component with the epoch chosen on dev, its dev metrics (e.g. <c>dev.en_ewt.UPOS</c>) and one log line per epoch.</summary>
public sealed record TrainingResult<T>(T Model, int BestEpoch, ImmutableSortedDictionary<string, double> Metrics, ImmutableArray<string> EpochLog);
