using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Stancewatch.Knowledge.Actors;

/// <summary>
/// The knowledge base of actors, immutable and thread-safe: states, organisations, people with dated roles,
/// state media, groups, bodies and the role lexicon, with a name index (<see cref="NameKey"/> → entries).
/// Built by <see cref="ActorRegistryLoader"/>; curated entries come before imported ones for the same key.
/// </summary>
public sealed class ActorRegistry
{
    private readonly FrozenDictionary<string, ImmutableArray<NameEntry>> _names;
    private readonly FrozenDictionary<string, RoleWord> _roleWords;
    private readonly FrozenDictionary<string, Body> _bodies;
    private readonly FrozenDictionary<string, ImmutableArray<(Person Person, Role Role)>> _rolesByActor;
    private readonly Lazy<PrefixIndex<ImmutableArray<NameEntry>>> _nameIndex;
    private readonly Lazy<PrefixIndex<RoleWord>> _roleWordIndex;
    private readonly Lazy<PrefixIndex<Body>> _bodyIndex;

    internal ActorRegistry(
        IEnumerable<StateActor> states,
        IEnumerable<Organisation> organisations,
        IEnumerable<Person> people,
        IEnumerable<Medium> media,
        IEnumerable<ActorGroup> groups,
        IEnumerable<Body> bodies,
        IEnumerable<RoleWord> roleWords,
        IEnumerable<NameEntry> extraNames)
    {
        States = states.ToFrozenDictionary(s => s.Code, StringComparer.Ordinal);
        Organisations = organisations.ToFrozenDictionary(o => o.Code, StringComparer.Ordinal);
        People = people.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        Media = media.ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);
        Groups = [.. groups];
        Bodies = [.. bodies];
        RoleWords = [.. roleWords];
        _roleWords = RoleWords.GroupBy(w => NameKey.Of(w.Phrase), StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _bodies = Bodies.GroupBy(b => NameKey.Of(b.Name), StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var index = new Dictionary<string, List<NameEntry>>(StringComparer.Ordinal);
        void Add(NameEntry e)
        {
            var key = NameKey.Of(e.Text);
            if (key.Length == 0)
            {
                return;
            }

            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            if (!list.Any(x => x.Kind == e.Kind && x.Target == e.Target))
            {
                list.Add(e);
            }
        }

        foreach (var s in States.Values.OrderBy(s => s.Code, StringComparer.Ordinal))
        {
            foreach (var n in s.Names) Add(new(n, EntryKind.CountryName, s.Code, Sector.GOV, false, s.Source));
            foreach (var n in s.ShortForms) Add(new(n, EntryKind.CountryShort, s.Code, Sector.GOV, true, s.Source));
            foreach (var n in s.FormerNames) Add(new(n, EntryKind.FormerName, s.Code, Sector.GOV, false, s.Source));
            foreach (var n in s.Adjectives) Add(new(n, EntryKind.Adjective, s.Code, Sector.GOV, n.All(c => !char.IsLetter(c) || char.IsUpper(c)), s.Source));
            foreach (var n in s.Demonyms) Add(new(n, EntryKind.Demonym, s.Code, Sector.CVL, false, s.Source));
            foreach (var n in s.Demonyms.Select(SingularDemonym).OfType<string>()) Add(new(n, EntryKind.Adjective, s.Code, Sector.GOV, true, s.Source));
            foreach (var n in s.Capitals) Add(new(n, EntryKind.Capital, s.Code, Sector.GOV, false, s.Source));
            foreach (var n in s.Cities) Add(new(n, EntryKind.City, s.Code, Sector.CVL, false, s.Source));
            foreach (var n in s.Seats) Add(new(n.Name, EntryKind.Seat, s.Code, n.Sector, false, s.Source));
        }

        foreach (var o in Organisations.Values.OrderBy(o => o.Code, StringComparer.Ordinal))
        {
            foreach (var n in o.Names) Add(new(n, EntryKind.OrganisationName, o.Code, Sector.IGO, false, o.Source));
            foreach (var n in o.ShortForms) Add(new(n, EntryKind.OrganisationShort, o.Code, Sector.IGO, true, o.Source));
        }

        foreach (var m in Media.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            foreach (var n in m.Names) Add(new(n, EntryKind.Medium, m.Id, Sector.MED, n.Length <= 5 && n.All(c => !char.IsLetter(c) || char.IsUpper(c)), m.Source));
        }

        foreach (var b in Bodies.Where(b => b.Actor is not null))
        {
            Add(new(b.Name, EntryKind.Body, b.Name, b.Sector, false, b.Source));
        }

        var surnames = new List<NameEntry>();
        foreach (var p in People.Values.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            Add(new(p.Name, EntryKind.PersonName, p.Id, Sector.GOV, false, p.Source));
            foreach (var v in p.Variants)
            {
                Add(new(v, v.Contains(' ', StringComparison.Ordinal) ? EntryKind.PersonVariant : EntryKind.Surname, p.Id, Sector.GOV, false, p.Source));
            }

            // Surname-only mentions: the last word of each full name, unless the data lists the short forms itself
            // (it does so for names whose surname is not last, such as Chinese names).
            bool declared = p.Imported || p.Variants.Any(v => !v.Contains(' ', StringComparison.Ordinal));
            foreach (var full in p.Variants.Prepend(p.Name).Where(v => !declared && v.Contains(' ', StringComparison.Ordinal)))
            {
                var last = full[(full.LastIndexOf(' ') + 1)..];
                if (last.Length > 3 && char.IsUpper(last[0]))
                {
                    surnames.Add(new(last, EntryKind.Surname, p.Id, Sector.GOV, false, p.Source));
                }
            }
        }

        foreach (var e in surnames) Add(e);
        // Imported names only fill gaps: a key the curated data already defines keeps its curated meaning.
        var curatedKeys = index.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var e in extraNames.Where(e => !curatedKeys.Contains(NameKey.Of(e.Text)))) Add(e);
        _rolesByActor = People.Values.SelectMany(p => p.Roles.Select(r => (p, r))).GroupBy(x => x.r.Actor, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        PersonNames = People.Values.Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
        _names = index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        MaxNameWords = MostWords(_names.Keys);
        _nameIndex = new(() => new PrefixIndex<ImmutableArray<NameEntry>>(_names));
        _roleWordIndex = new(() => new PrefixIndex<RoleWord>(_roleWords));
        _bodyIndex = new(() => new PrefixIndex<Body>(_bodies));
    }

    public FrozenDictionary<string, StateActor> States { get; }
    public FrozenDictionary<string, Organisation> Organisations { get; }
    public FrozenDictionary<string, Person> People { get; }
    public FrozenDictionary<string, Medium> Media { get; }
    public ImmutableArray<ActorGroup> Groups { get; }
    public ImmutableArray<Body> Bodies { get; }
    public ImmutableArray<RoleWord> RoleWords { get; }

    /// <summary>Canonical names of every person.</summary>
    public FrozenSet<string> PersonNames { get; }

    /// <summary>The most words (spaces and hyphens) in any indexed name.</summary>
    public int MaxNameWords { get; }

    /// <summary>The name keys and their entries, for walking a token sequence (built on first use).</summary>
    public PrefixIndex<ImmutableArray<NameEntry>> NameIndex => _nameIndex.Value;

    /// <summary>The role-word keys (<see cref="RoleWord(string)"/>), for walking a token sequence (built on first use).</summary>
    public PrefixIndex<RoleWord> RoleWordIndex => _roleWordIndex.Value;

    /// <summary>The body keys (<see cref="Body(string)"/>), for walking a token sequence (built on first use).</summary>
    public PrefixIndex<Body> BodyIndex => _bodyIndex.Value;

    /// <summary>Every indexed name key.</summary>
    public IEnumerable<string> NameKeys => _names.Keys;

    /// <summary>Entries whose name has the key of <paramref name="name"/>; empty when none.</summary>
    public ImmutableArray<NameEntry> Lookup(string name) => LookupKey(NameKey.Of(name));

    /// <summary>Entries for an already normalised key.</summary>
    public ImmutableArray<NameEntry> LookupKey(string key) => _names.TryGetValue(key, out var e) ? e : [];

    /// <summary>The role word for a normalised phrase, or null.</summary>
    public RoleWord? RoleWord(string key) => _roleWords.GetValueOrDefault(key);

    /// <summary>The body for a normalised name, or null.</summary>
    public Body? Body(string key) => _bodies.GetValueOrDefault(key);

    /// <summary>The code an organ reports under: its top-level organisation ("UNGA" → "UN").</summary>
    public string TopOrganisation(string code)
    {
        for (int guard = 0; guard < 8 && Organisations.TryGetValue(code, out var o) && o.Parent is { } parent; guard++)
        {
            code = parent;
        }

        return code;
    }

    /// <summary>The people holding a role of <paramref name="kind"/> for <paramref name="actor"/> on <paramref name="date"/>.</summary>
    public IEnumerable<(Person Person, Role Role)> HoldersAt(string actor, RoleKind kind, DateOnly date) =>
        from x in _rolesByActor.GetValueOrDefault(actor, [])
        where x.Role.Kind == kind && x.Role.Dates.Contains(date)
        orderby x.Person.Imported, x.Role.Dates.From descending
        select x;

    /// <summary>Member states of an organisation on <paramref name="date"/> (all recorded members when date is null).</summary>
    public IEnumerable<string> MembersAt(string organisation, DateOnly? date) =>
        Organisations.TryGetValue(organisation, out var o)
            ? o.Members.Where(m => date is null || m.Dates.Contains(date.Value)).Select(m => m.Member)
            : [];

    /// <summary>Member codes of a group at a date, expanding "@ORG" members.</summary>
    public ImmutableArray<string> GroupMembers(ActorGroup group, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(group);
        var list = new List<string>();
        foreach (var m in group.Members)
        {
            if (m.StartsWith('@'))
            {
                list.AddRange(MembersAt(m[1..], date));
            }
            else
            {
                list.Add(m);
            }
        }

        return [.. list.Distinct(StringComparer.Ordinal)];
    }

    private static int MostWords(IEnumerable<string> keys)
    {
        int most = 0;
        foreach (var key in keys)
        {
            most = Math.Max(most, key.AsSpan().Count(' ') + key.AsSpan().Count('-') + 1);
        }

        return most;
    }

    /// <summary>Searches names by key prefix or containment; exact matches first.</summary>
    public IEnumerable<NameEntry> Search(string query)
    {
        var key = NameKey.Of(query);
        return _names.Where(kv => kv.Key.Contains(key, StringComparison.Ordinal))
            .OrderBy(kv => kv.Key == key ? 0 : kv.Key.StartsWith(key, StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => kv.Value);
    }

    /// <summary>Display name of a code (state, organisation, person, medium).</summary>
    public string DisplayName(string code) =>
        States.TryGetValue(code, out var s) ? s.Name
        : Organisations.TryGetValue(code, out var o) ? o.Name
        : People.TryGetValue(code, out var p) ? p.Name
        : Media.TryGetValue(code, out var m) ? m.Name
        : code;

    /// <summary>
    /// "Serbs" → "Serb": a plural demonym's singular also names the country attributively ("Serb forces"). It must be
    /// written with its capital ("Pole", not "pole"), so the entry is case-sensitive.
    /// </summary>
    public static string? SingularDemonym(string demonym)
    {
        ArgumentNullException.ThrowIfNull(demonym);
        return demonym.Length > 3 && demonym.EndsWith('s') && !demonym.EndsWith("ss", StringComparison.Ordinal) ? demonym[..^1] : null;
    }
}
