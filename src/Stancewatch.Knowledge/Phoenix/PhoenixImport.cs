using System.Collections.Immutable;
using Stancewatch.Knowledge.Actors;

namespace Stancewatch.Knowledge.Phoenix;

/// <summary>
/// What the Phoenix dictionaries add to the curated knowledge base: spelling variants of country names,
/// people with their dated roles (coverage ends around 2014–2018), and agent words with their sectors.
/// </summary>
public sealed record PhoenixImport(ImmutableArray<NameEntry> CountryNames, ImmutableArray<Person> People, ImmutableArray<RoleWord> Agents);
