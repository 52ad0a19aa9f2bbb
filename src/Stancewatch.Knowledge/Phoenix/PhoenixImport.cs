using System.Collections.Immutable;
using Stancewatch.Knowledge.Actors;

namespace Stancewatch.Knowledge.Phoenix;

/// <summary>
/// What the Phoenix dictionaries add to the curated knowledge base: spelling variants of country names,
/// people with their dated roles (coverage ends around 2014–2018), agent words with their sectors, and non-state groups.
/// </summary>
public sealed record PhoenixImport(ImmutableArray<NameEntry> CountryNames, ImmutableArray<Person> People, ImmutableArray<RoleWord> Agents)
{
    /// <summary>
    /// Non-state armed groups of Phoenix.MilNonState.actors.txt as bodies of their country with their sector
    /// ("Hezbollah" → LBN REB); empty unless read with <see cref="PhoenixDictionaryReader.ReadGroups"/>.
    /// </summary>
    public ImmutableArray<Body> Groups { get; init; } = [];
}
