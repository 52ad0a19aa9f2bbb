using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Stancewatch.Knowledge.Phoenix;

namespace Stancewatch.Knowledge.Actors;

/// <summary>
/// Reads the knowledge base from data/actors (JSON Lines, one fact per record, each with a source URL) into an
/// <see cref="ActorRegistry"/>. A malformed record throws <see cref="KnowledgeLoadException"/> naming file, line
/// and field. Optionally widens coverage with a <see cref="PhoenixImport"/>; curated names take precedence.
/// </summary>
public sealed class ActorRegistryLoader
{
    /// <summary>Files the knowledge base consists of, all required.</summary>
    public static ImmutableArray<string> Files { get; } =
        ["countries.jsonl", "organisations.jsonl", "people.jsonl", "roles.jsonl", "media.jsonl", "groups.jsonl", "bodies.jsonl", "role-words.jsonl"];

    /// <summary>Loads every file of <paramref name="directory"/>.</summary>
    /// <exception cref="KnowledgeLoadException">A file is missing or a record is malformed.</exception>
    public ActorRegistry Load(string directory, PhoenixImport? phoenix = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var states = LoadStates(Read(directory, "countries.jsonl"));
        var organisations = LoadOrganisations(Read(directory, "organisations.jsonl"));
        var people = LoadPeople(Read(directory, "people.jsonl"), Read(directory, "roles.jsonl"), states, organisations);
        var media = Read(directory, "media.jsonl").GroupBy(r => r.Required("medium"), StringComparer.Ordinal)
            .Select(g => new Medium(g.Key, g.First().Code("actor", states, organisations), [.. g.Select(r => r.Required("value"))], g.First().Source))
            .ToList();
        var groups = Read(directory, "groups.jsonl").GroupBy(r => r.Required("group"), StringComparer.Ordinal)
            .Select(g => new ActorGroup(
                g.Key,
                [.. g.Where(r => r.Required("kind") == "member").Select(r => r.Required("value"))],
                [.. g.Where(r => r.Required("kind") == "phrase").Select(r => r.Required("value"))],
                g.First().Source))
            .ToList();
        var bodies = Read(directory, "bodies.jsonl")
            .Select(r => new Body(r.Required("name"), r.Optional("actor") is null ? null : r.Code("actor", states, organisations), r.Enum<Sector>("sector"), r.Optional("chair") is null ? null : r.Enum<RoleKind>("chair"), r.Source))
            .ToList();
        var words = Read(directory, "role-words.jsonl")
            .Select(r => new RoleWord(r.Required("phrase"), r.Optional("role") is null ? null : r.Enum<RoleKind>("role"), r.Enum<Sector>("sector"), r.Bool("plural"), r.Source, r.Bool("abroad"), r.Bool("local")))
            .ToList();

        var extra = new List<NameEntry>();
        if (phoenix is not null)
        {
            var curated = people.SelectMany(p => p.Variants.Prepend(p.Name)).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
            people.AddRange(phoenix.People.Where(p => !curated.Contains(NameKey.Of(p.Name))).DistinctBy(p => p.Id, StringComparer.Ordinal));
            extra.AddRange(phoenix.CountryNames.Where(e => states.ContainsKey(e.Target)));
            words.AddRange(phoenix.Agents);
            var curatedBodies = bodies.Select(b => NameKey.Of(b.Name)).ToHashSet(StringComparer.Ordinal);
            bodies.AddRange(phoenix.Groups.Where(b => b.Actor is { } a && states.ContainsKey(a) && !curatedBodies.Contains(NameKey.Of(b.Name))));
        }

        return new ActorRegistry(states.Values, organisations.Values, people, media, groups, bodies, words, extra);
    }

    private static Dictionary<string, StateActor> LoadStates(List<JsonRecord> records)
    {
        var result = new Dictionary<string, StateActor>(StringComparer.Ordinal);
        foreach (var g in records.GroupBy(r => r.Required("code"), StringComparer.Ordinal))
        {
            var first = g.First();
            if (g.Key.Length != 3 || !g.Key.All(char.IsAsciiLetterUpper))
            {
                throw first.Error("code", $"'{g.Key}' is not an ISO 3166-1 alpha-3 code");
            }

            ImmutableArray<string> Of(string kind) => [.. g.Where(r => r.Kind() == kind).Select(r => r.Required("value"))];
            var status = g.FirstOrDefault(r => r.Kind() == "status")?.Required("value") ?? "unknown";
            var seats = g.Where(r => r.Kind() == "seat").Select(r => new Seat(r.Required("value"), r.Optional("sector") is null ? Sector.GOV : r.Enum<Sector>("sector"))).ToImmutableArray();
            foreach (var r in g)
            {
                if (r.Kind() is not ("status" or "iso3" or "name" or "short" or "adjective" or "demonym" or "capital" or "seat" or "former" or "city" or "region"))
                {
                    throw r.Error("kind", $"unknown kind '{r.Kind()}'");
                }
            }

            var source = g.FirstOrDefault(r => r.Kind() == "name")?.Source ?? first.Source;
            result[g.Key] = new StateActor(g.Key, status, Of("name"), Of("short"), Of("adjective"), Of("demonym"), Of("capital"), seats, Of("former"), [.. Of("city"), .. Of("region")], source);
        }

        return result;
    }

    private static Dictionary<string, Organisation> LoadOrganisations(List<JsonRecord> records)
    {
        var result = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var g in records.GroupBy(r => r.Required("code"), StringComparer.Ordinal))
        {
            ImmutableArray<string> Of(string kind) => [.. g.Where(r => r.Kind() == kind).Select(r => r.Required("value"))];
            var members = g.Where(r => r.Kind() == "member").Select(r => new Membership(r.Required("value"), new DateRange(r.Date("from"), r.Date("to")))).ToImmutableArray();
            result[g.Key] = new Organisation(g.Key, Of("name"), Of("short"), g.FirstOrDefault(r => r.Kind() == "parent")?.Required("value"), members, g.First().Source);
        }

        foreach (var o in result.Values)
        {
            if (o.Parent is { } parent && !result.ContainsKey(parent))
            {
                throw records.First(r => r.Required("code") == o.Code && r.Kind() == "parent").Error("value", $"parent '{parent}' is not an organisation");
            }
        }

        return result;
    }

    private static List<Person> LoadPeople(List<JsonRecord> names, List<JsonRecord> roles, Dictionary<string, StateActor> states, Dictionary<string, Organisation> organisations)
    {
        var roleList = roles.Select(r =>
        {
            var dates = new DateRange(r.Date("from"), r.Date("to"));
            if (dates.From is { } f && dates.To is { } t && t < f)
            {
                throw r.Error("to", "ends before it starts");
            }

            return new Role(r.Required("person"), r.Code("actor", states, organisations), r.Enum<Sector>("sector"), r.Enum<RoleKind>("role"), r.Required("title"), dates, r.Source, r.Optional("note"));
        }).ToList();
        var people = new List<Person>();
        foreach (var g in names.GroupBy(r => r.Required("person"), StringComparer.Ordinal))
        {
            var main = g.FirstOrDefault(r => r.Kind() == "name") ?? throw g.First().Error("kind", $"person '{g.Key}' has no record of kind 'name'");
            people.Add(new Person(
                g.Key,
                main.Required("value"),
                [.. g.Where(r => r.Kind() == "variant").Select(r => r.Required("value"))],
                [.. roleList.Where(r => r.PersonId == g.Key).OrderBy(r => r.Dates.From)],
                main.Source));
        }

        var ids = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var orphan = roles.FirstOrDefault(r => !ids.Contains(r.Required("person")));
        if (orphan is not null)
        {
            throw orphan.Error("person", $"'{orphan.Required("person")}' is not in people.jsonl");
        }

        return people;
    }

    private static List<JsonRecord> Read(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new KnowledgeLoadException(path, 0, "-", "file is missing");
        }

        var list = new List<JsonRecord>();
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(text);
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new KnowledgeLoadException(file, line, "-", "record is not a JSON object");
                }

                var fields = doc.RootElement.EnumerateObject().ToDictionary(
                    p => p.Name,
                    p => p.Value.ValueKind switch
                    {
                        JsonValueKind.String => p.Value.GetString(),
                        JsonValueKind.Null => null,
                        _ => p.Value.GetRawText(),
                    },
                    StringComparer.Ordinal);
                list.Add(new JsonRecord(file, line, fields));
            }
            catch (JsonException e)
            {
                throw new KnowledgeLoadException(file, line, "-", "not valid JSON: " + e.Message);
            }
        }

        return list;
    }

    private sealed record JsonRecord(string File, int Line, Dictionary<string, string?> Fields)
    {
        public string Source => Optional("source") ?? "";

        public string Kind() => Optional("kind") ?? "";

        public string? Optional(string field) => Fields.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

        public string Required(string field) => Optional(field) ?? throw Error(field, "is missing or empty");

        public bool Bool(string field) => Optional(field) is { } v && (v == "true" || v == "True");

        public DateOnly? Date(string field) =>
            Optional(field) is not { } v ? null
            : DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw Error(field, $"'{v}' is not a date (expected YYYY-MM-DD)");

        public T Enum<T>(string field)
            where T : struct, Enum =>
            System.Enum.TryParse<T>(Required(field), ignoreCase: false, out var v) && System.Enum.IsDefined(v)
                ? v
                : throw Error(field, $"'{Required(field)}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}");

        public string Code(string field, Dictionary<string, StateActor> states, Dictionary<string, Organisation> organisations)
        {
            var v = Required(field);
            return states.ContainsKey(v) || organisations.ContainsKey(v) ? v : throw Error(field, $"'{v}' is neither a state nor an organisation code");
        }

        public KnowledgeLoadException Error(string field, string reason) => new(File, Line, field, reason);
    }
}
