using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Crises;

/// <summary>
/// An act the crisis turns on (the invasion, an annexation, the recognition of entities) and the words naming it.
/// <paramref name="By"/> is the party whose act or project it is ("acting", "acted_on"), when the profile says so:
/// refusing to recognise or join it is then a rejection of that party. <paramref name="Against"/> is the party an
/// act of others is aimed at (sanctions): refusing to join it is coded as a rejection of that party too, as
/// "rejected anti-Russian sanctions" is.
/// </summary>
public sealed record FocalAct(string Id, ImmutableArray<string> Terms, string? By = null, string? Against = null)
{
    /// <summary>The party that refusing to recognise or join this act rejects, if the profile names one.</summary>
    public string? RejectedByRefusal => By ?? Against;
}
