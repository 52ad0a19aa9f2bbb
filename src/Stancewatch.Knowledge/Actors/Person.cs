using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Actors;

/// <summary>A person: id, canonical name, spelling variants (transliterations, surname forms) and roles in date order.</summary>
public sealed record Person(string Id, string Name, ImmutableArray<string> Variants, ImmutableArray<Role> Roles, string Source)
{
    /// <summary>True for people imported from the Phoenix dictionaries rather than curated.</summary>
    public bool Imported { get; init; }

    /// <summary>The roles held on <paramref name="date"/>, most senior first.</summary>
    public IEnumerable<Role> RolesAt(DateOnly date) => Roles.Where(r => r.Dates.Contains(date)).OrderBy(r => (int)r.Kind);
}
