using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Actors;

/// <summary>
/// Validates a loaded registry: a name given to two different actors of the same kind (countries, organisations,
/// full person names), two people holding a single-holder office of one actor at once, and facts without a
/// public source URL. Surnames shared by two people are expected (Japarov) and not reported.
/// </summary>
public sealed class ActorRegistryChecker
{
    private static readonly ImmutableHashSet<RoleKind> SingleHolder =
    [
        RoleKind.HeadOfState, RoleKind.HeadOfGovernment, RoleKind.ForeignMinister, RoleKind.DefenceMinister,
        RoleKind.UpperHouseChair, RoleKind.LowerHouseChair, RoleKind.SecretaryGeneral, RoleKind.PressSecretary,
        RoleKind.UNAmbassador, RoleKind.CommissionPresident, RoleKind.CouncilPresident, RoleKind.HighRepresentative,
        RoleKind.ParliamentPresident, RoleKind.GeneralAssemblyPresident, RoleKind.Monarch, RoleKind.VicePresident,
    ];

    public ImmutableArray<KbIssue> Check(ActorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var issues = new List<KbIssue>();
        foreach (var key in registry.NameKeys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var entries = registry.LookupKey(key);
            foreach (var group in entries.Where(e => e.Kind is not (EntryKind.Surname or EntryKind.Adjective or EntryKind.Demonym))
                .GroupBy(e => Family(e.Kind)))
            {
                var targets = group.Select(e => e.Target).Distinct(StringComparer.Ordinal).ToList();
                bool imported = group.All(e => e.Target.StartsWith("phx:", StringComparison.Ordinal));
                if (targets.Count > 1 && !imported)
                {
                    issues.Add(new KbIssue("duplicate-name", $"'{key}' names {string.Join(", ", targets)}"));
                }
            }
        }

        var roles = registry.People.Values.Where(p => !p.Imported).SelectMany(p => p.Roles).Where(r => SingleHolder.Contains(r.Kind)).ToList();
        foreach (var g in roles.GroupBy(r => (r.Actor, r.Kind)).OrderBy(g => g.Key.Actor, StringComparer.Ordinal).ThenBy(g => g.Key.Kind))
        {
            var list = g.OrderBy(r => r.Dates.From).ToList();
            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    if (list[i].PersonId != list[j].PersonId && list[i].Dates.Overlaps(list[j].Dates) && !IsActing(list[i]) && !IsActing(list[j]))
                    {
                        issues.Add(new KbIssue("overlapping-roles", $"{g.Key.Actor} {g.Key.Kind}: {list[i].PersonId} {list[i].Dates} and {list[j].PersonId} {list[j].Dates}"));
                    }
                }
            }
        }

        foreach (var s in registry.States.Values.Where(s => !IsUrl(s.Source)))
        {
            issues.Add(new KbIssue("missing-source", $"state {s.Code}"));
        }

        foreach (var o in registry.Organisations.Values.Where(o => !IsUrl(o.Source)))
        {
            issues.Add(new KbIssue("missing-source", $"organisation {o.Code}"));
        }

        foreach (var p in registry.People.Values.Where(p => !p.Imported))
        {
            if (!IsUrl(p.Source))
            {
                issues.Add(new KbIssue("missing-source", $"person {p.Id}"));
            }

            foreach (var r in p.Roles.Where(r => !IsUrl(r.Source)))
            {
                issues.Add(new KbIssue("missing-source", $"role {p.Id} {r.Kind} {r.Dates}"));
            }
        }

        foreach (var m in registry.Media.Values.Where(m => !IsUrl(m.Source)))
        {
            issues.Add(new KbIssue("missing-source", $"medium {m.Id}"));
        }

        foreach (var g in registry.Groups.Where(g => !IsUrl(g.Source)))
        {
            issues.Add(new KbIssue("missing-source", $"group {g.Id}"));
        }

        foreach (var b in registry.Bodies.Where(b => !IsUrl(b.Source)))
        {
            issues.Add(new KbIssue("missing-source", $"body {b.Name}"));
        }

        return [.. issues];
    }

    private static bool IsActing(Role r) => r.Title.StartsWith("Acting", StringComparison.Ordinal);

    private static int Family(EntryKind kind) => kind switch
    {
        EntryKind.CountryName or EntryKind.CountryShort or EntryKind.FormerName or EntryKind.Capital or EntryKind.City or EntryKind.Seat => 0,
        EntryKind.OrganisationName or EntryKind.OrganisationShort => 1,
        EntryKind.PersonName or EntryKind.PersonVariant => 2,
        EntryKind.Medium => 3,
        _ => 4,
    };

    private static bool IsUrl(string? s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp);
}
