using System.Collections.Immutable;

namespace Stancewatch.Analysis;

/// <summary>An interaction (a call or meeting) merged from every report of it, within and across documents.</summary>
public sealed record InteractionRecord(Interaction Interaction, ImmutableArray<InteractionReport> Reports);
