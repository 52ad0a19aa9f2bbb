using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Actors;

/// <summary>A state medium or official channel: a voice (sector MED) of the government <see cref="Actor"/>.</summary>
public sealed record Medium(string Id, string Actor, ImmutableArray<string> Names, string Source)
{
    public string Name => Names.IsDefaultOrEmpty ? Id : Names[0];
}
