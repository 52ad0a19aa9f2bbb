using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Crises;

/// <summary>An act the crisis turns on (the invasion, an annexation, the recognition of entities) and the words naming it.</summary>
public sealed record FocalAct(string Id, ImmutableArray<string> Terms);
