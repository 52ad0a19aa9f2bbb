using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Stancewatch.Knowledge.Yaml;

namespace Stancewatch.Knowledge.Crises;

/// <summary>
/// Reads a crisis profile YAML file into an immutable <see cref="CrisisProfile"/>. Cue patterns may use
/// <c>{acting}</c>, <c>{acted_on}</c> and <c>{focal-act-id}</c>, expanded to an alternation of that party's or act's terms.
/// </summary>
public sealed class CrisisProfileLoader
{
    private static readonly Regex Placeholder = new(@"\{([a-z_][a-z0-9_-]*)\}", RegexOptions.CultureInvariant);

    /// <summary>Id of the crisis analysed when none is named.</summary>
    public const string DefaultId = "russia-invasion-of-ukraine";

    /// <summary>A crisis profile built into the assembly (the data/crises files at build time), by id.</summary>
    /// <exception cref="CrisisProfileException">No such built-in profile.</exception>
    public CrisisProfile LoadBuiltIn(string id = DefaultId)
    {
        string name = "Stancewatch.Knowledge.Crises.Data." + id + ".yaml";
        using var stream = typeof(CrisisProfileLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new CrisisProfileException("data/crises/" + id + ".yaml", 0, "(file)", "no built-in crisis profile with this id");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "data/crises/" + id + ".yaml");
    }

    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <exception cref="CrisisProfileException">The file is missing or malformed (message names file, line and field).</exception>
    public CrisisProfile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CrisisProfileException(path, 0, "(file)", "does not exist");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses profile text; <paramref name="file"/> names it in messages.</summary>
    /// <exception cref="CrisisProfileException">The text is malformed.</exception>
    public CrisisProfile Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var y = YamlFields.Open(file, text);
        var period = y.Mapping("period");
        var parties = y.Mapping("parties");
        var acting = Party(parties.Mapping("acting"));
        var actedOn = Party(parties.Mapping("acted_on"));
        var acts = y.Mappings("focal_acts")
            .Select(a => new FocalAct(a.RequiredString("id"), a.Strings("terms", required: true), Party(a, "by"), Party(a, "against")))
            .ToImmutableArray();

        var terms = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal)
        {
            ["acting"] = acting.Terms,
            ["acted_on"] = actedOn.Terms,
        };
        foreach (var a in acts)
        {
            terms[a.Id] = a.Terms;
        }

        var cues = y.Mappings("cues", required: true).Select(c => Cue(c, terms)).ToImmutableArray();
        var duplicate = cues.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CrisisProfileException(file, duplicate.Last().Line, "cues.id", $"'{duplicate.Key}' is used twice");
        }

        return new CrisisProfile
        {
            Id = y.RequiredString("id"),
            Title = y.RequiredString("title"),
            Period = new CrisisPeriod(period.OptionalDate("from") ?? throw period.Error("from", "is required"), period.OptionalDate("to")),
            Acting = acting,
            ActedOn = actedOn,
            FocalActs = acts,
            Cues = cues,
            Source = file,
        };
    }

    private static string? Party(YamlFields act, string field)
    {
        string? party = act.OptionalString(field);
        return party is null or "acting" or "acted_on" ? party : throw act.Error(field, "must be 'acting' or 'acted_on'");
    }

    private static CrisisParty Party(YamlFields p) => new(p.Strings("codes", required: true), p.Strings("terms", required: true));

    private static StanceCue Cue(YamlFields c, Dictionary<string, ImmutableArray<string>> terms)
    {
        string id = c.RequiredString("id");
        string raw = c.RequiredString("pattern");
        string expanded = Placeholder.Replace(raw, m =>
            terms.TryGetValue(m.Groups[1].Value, out var t)
                ? CrisisTerms.Alternation(t)
                : throw c.Error("pattern", $"unknown placeholder {{{m.Groups[1].Value}}} (known: {string.Join(", ", terms.Keys.Order(StringComparer.Ordinal))})", c.Node("pattern")));
        Regex regex;
        try
        {
            regex = new Regex(expanded, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw c.Error("pattern", "not a valid regular expression: " + e.Message, c.Node("pattern"));
        }

        var stance = c.OptionalEnum<ScalePosition>("stance");
        var negated = c.OptionalEnum<ScalePosition>("negated");
        var ind = c.OptionalMapping("indicator");
        var indicator = ind is null ? null : new CueIndicator(ind.RequiredString("name"), ind.OptionalString("value"), ind.OptionalString("negated"));
        if (stance is null && negated is null && indicator is null)
        {
            throw c.Error("stance", $"cue '{id}' sets neither a stance, a negated stance nor an indicator");
        }

        string basis = c.OptionalString("basis") ?? "statement";
        if (basis is not ("statement" or "act" or "vote" or "report" or "quote"))
        {
            throw c.Error("basis", $"'{basis}' is not one of statement, act, vote, report, quote", c.Node("basis"));
        }

        return new StanceCue
        {
            Id = id,
            Pattern = regex,
            Stance = stance,
            Negated = negated,
            Basis = basis,
            Indicator = indicator,
            Priority = c.OptionalInt("priority", 50),
            Declares = c.OptionalBool("declares"),
            Line = c.Line,
        };
    }
}
