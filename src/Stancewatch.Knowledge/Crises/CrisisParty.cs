using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Crises;

/// <summary>One side of a crisis: the actor codes and the words that name it in text (used inside cue patterns).</summary>
public sealed record CrisisParty(ImmutableArray<string> Codes, ImmutableArray<string> Terms);
