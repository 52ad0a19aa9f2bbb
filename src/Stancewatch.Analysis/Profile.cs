using System.Collections.Immutable;

namespace Stancewatch.Analysis;

/// <summary>Where one government stands: current stance (or SILENT, UNKNOWN), confidence, disputes, timeline and indicators.</summary>
public sealed record Profile
{
    public required string Actor { get; init; }

    /// <summary>One of the <see cref="Extraction.Stance"/> names, SILENT or UNKNOWN.</summary>
    public required string Stance { get; init; }

    public double Confidence { get; init; }
    public bool Disputed { get; init; }
    public required ImmutableArray<TimelineEntry> Timeline { get; init; }

    /// <summary>Indicator name (recognition, sanctions, aid, troops, votes, protests, citizens_fighting) to value.</summary>
    public ImmutableSortedDictionary<string, string> Indicators { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
