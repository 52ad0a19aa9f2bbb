using System.Collections.Immutable;
using Stancewatch.Extraction;

namespace Stancewatch.Analysis;

/// <summary>Everything one analysis run found; serialised as ../shared/contracts/analysis.schema.json.</summary>
public sealed record AnalysisResult
{
    public required string Topic { get; init; }
    public required ImmutableArray<AnalysisDocument> Documents { get; init; }
    public required ImmutableArray<Event> Events { get; init; }
    public required ImmutableArray<Claim> Claims { get; init; }
    public required ImmutableArray<Silence> Silences { get; init; }
    public required ImmutableArray<Dispute> Disputes { get; init; }
    public required ImmutableArray<Profile> Profiles { get; init; }
    public required ImmutableArray<Vote> Votes { get; init; }
}
