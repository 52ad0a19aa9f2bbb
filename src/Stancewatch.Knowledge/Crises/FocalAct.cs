using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Crises;

/// <summary>
/// An act the crisis turns on (the invasion, an annexation, the recognition of entities) and the words naming it.
/// <paramref name="By"/> is the party whose act or project it is ("acting", "acted_on"), when the profile says so:
/// refusing to recognise or join it is then a rejection of that party.
/// </summary>
public sealed record FocalAct(string Id, ImmutableArray<string> Terms, string? By = null);
