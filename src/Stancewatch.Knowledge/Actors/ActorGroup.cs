using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Actors;

/// <summary>
/// A named group of states ("Central Asian", "the West"): members are ISO codes or "@ORG" for an organisation's
/// members at the date; phrases are the modifiers that name it ("the five Central Asian states").
/// </summary>
public sealed record ActorGroup(string Id, ImmutableArray<string> Members, ImmutableArray<string> Phrases, string Source);
