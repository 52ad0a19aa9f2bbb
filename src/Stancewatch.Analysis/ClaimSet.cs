using System.Collections.Immutable;

namespace Stancewatch.Analysis;

/// <summary>The claims and indicator observations the <see cref="ClaimAttributor"/> found in one document.</summary>
public sealed record ClaimSet(ImmutableArray<AttributedClaim> Claims, ImmutableArray<IndicatorObservation> Indicators);
