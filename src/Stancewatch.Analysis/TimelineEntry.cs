using System.Collections.Immutable;

namespace Stancewatch.Analysis;

/// <summary>The stance a profile holds on one date and the claims behind it.</summary>
public sealed record TimelineEntry(DateOnly? Date, string Stance, ImmutableArray<string> Claims);
