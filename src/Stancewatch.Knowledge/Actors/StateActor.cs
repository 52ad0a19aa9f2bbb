using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Actors;

/// <summary>A state: ISO alpha-3 code, UN status, names, adjectives, demonyms, capitals, seats of government, former names and other places (cities and regions).</summary>
public sealed record StateActor(
    string Code,
    string Status,
    ImmutableArray<string> Names,
    ImmutableArray<string> ShortForms,
    ImmutableArray<string> Adjectives,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> Capitals,
    ImmutableArray<Seat> Seats,
    ImmutableArray<string> FormerNames,
    ImmutableArray<string> Cities,
    string Source)
{
    /// <summary>The common English name.</summary>
    public string Name => Names.IsDefaultOrEmpty ? Code : Names[0];
}
