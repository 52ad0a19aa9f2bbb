using System.Collections.Immutable;

namespace Stancewatch.Training.Entities;

/// <summary>Exact-span named-entity scores: micro-averaged over all types, and per type (sorted by label).</summary>
public sealed record NerScore(int Sentences, NerTypeScore Micro, ImmutableArray<NerTypeScore> ByType);
