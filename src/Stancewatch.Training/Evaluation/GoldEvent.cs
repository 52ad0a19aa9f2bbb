using System.Collections.Immutable;

namespace Stancewatch.Training.Evaluation;

/// <summary>
/// One gold event of a sentence: the PLOVER type (PLOVER gold standard) or CAMEO code (PETRARCH-2 records), with
/// source and target actors.
/// </summary>
public sealed record GoldEvent(string Label, ImmutableArray<GoldActor> Sources, ImmutableArray<GoldActor> Targets);
