using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Actors;

/// <summary>An intergovernmental organisation or one of its organs (with its parent), names, and dated members.</summary>
public sealed record Organisation(string Code, ImmutableArray<string> Names, ImmutableArray<string> ShortForms, string? Parent, ImmutableArray<Membership> Members, string Source)
{
    /// <summary>The full name.</summary>
    public string Name => Names.IsDefaultOrEmpty ? Code : Names[0];
}
