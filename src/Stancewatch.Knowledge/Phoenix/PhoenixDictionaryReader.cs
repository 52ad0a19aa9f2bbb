using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Stancewatch.Knowledge.Actors;

namespace Stancewatch.Knowledge.Phoenix;

/// <summary>
/// Reads the Phoenix/PETRARCH dictionaries (Latin-1): Phoenix.Countries.actors.txt (entries, "+" variants and
/// dated codes such as <c>[KAZGOV &gt;900424]</c>) and Phoenix.agents.txt (<c>ACTIVIST [~CVL]</c>). They are
/// read at run time from ../shared/dictionaries when present (see docs/decisions/0005-phoenix-at-runtime.md).
/// </summary>
public sealed class PhoenixDictionaryReader
{
    private const string Source = "https://github.com/openeventdata/UniversalPetrarch/tree/master/UniversalPetrarch/dictionaries";

    /// <summary>Reads both files of <paramref name="directory"/>.</summary>
    /// <exception cref="KnowledgeLoadException">A file is missing.</exception>
    public PhoenixImport Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var (names, people) = ReadCountries(Path.Combine(directory, "Phoenix.Countries.actors.txt"));
        return new PhoenixImport(names, people, ReadAgents(Path.Combine(directory, "Phoenix.agents.txt")));
    }

    /// <summary>Country name variants and people of the countries file.</summary>
    public (ImmutableArray<NameEntry> Names, ImmutableArray<Person> People) ReadCountries(string path)
    {
        var names = new List<NameEntry>();
        var people = new List<Person>();
        string? head = null;
        var variants = new List<string>();
        var codes = new List<(string Code, DateRange Dates)>();
        int line = 0;

        void Flush()
        {
            if (head is null)
            {
                return;
            }

            bool anyDated = false;
            foreach (var c in codes)
            {
                anyDated |= c.Code.Length > 3;
            }

            if (!anyDated)
            {
                foreach (var code in codes.Select(c => c.Code).Distinct(StringComparer.Ordinal))
                {
                    foreach (var n in variants.Prepend(head))
                    {
                        names.Add(new NameEntry(n, EntryKind.CountryName, code, Sector.GOV, false, Source));
                    }
                }
            }
            else if (head.Contains(' ', StringComparison.Ordinal))
            {
                var id = "phx:" + NameKey.Of(head).Replace(' ', '-');
                var roles = ImmutableArray.CreateBuilder<Role>();
                foreach (var (code, dates) in codes)
                {
                    if (code.Length > 3 && (dates.From is not null || dates.To is not null))
                    {
                        roles.Add(new Role(id, code[..3], SectorOf(code[3..]), RoleKind.Other, "Phoenix " + code, dates, Source));
                    }
                }

                var spaced = ImmutableArray.CreateBuilder<string>();
                foreach (var v in variants)
                {
                    if (v.Contains(' ', StringComparison.Ordinal))
                    {
                        spaced.Add(v);
                    }
                }

                people.Add(new Person(id, head, spaced.DrainToImmutable(), roles.DrainToImmutable(), Source) { Imported = true });
            }

            head = null;
            variants.Clear();
            codes.Clear();
        }

        foreach (var raw in ReadLines(path))
        {
            line++;
            var text = StripComment(raw);
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (text[0] == '+')
            {
                variants.Add(Words(text[1..]));
            }
            else if (char.IsWhiteSpace(text[0]) || text[0] == '[')
            {
                codes.AddRange(Codes(text));
            }
            else
            {
                Flush();
                int bracket = text.IndexOf('[', StringComparison.Ordinal);
                head = Words(bracket < 0 ? text : text[..bracket]);
                if (bracket >= 0)
                {
                    codes.AddRange(Codes(text[bracket..]));
                }
            }
        }

        Flush();
        return ([.. names.Where(n => n.Text.Length > 2)], [.. people]);
    }

    /// <summary>Agent words with sectors; the substitution sets (!PERSON!, !MINIST!) are expanded.</summary>
    public ImmutableArray<RoleWord> ReadAgents(string path)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var words = new List<RoleWord>();
        foreach (var raw in ReadLines(path))
        {
            var text = StripComment(raw).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.StartsWith('!') && text.Contains('=', StringComparison.Ordinal))
            {
                var parts = text.Split('=', 2);
                sets[parts[0].Trim()] = [.. parts[1].Split(',').Select(s => s.Trim().ToLowerInvariant())];
                continue;
            }

            int open = text.IndexOf("[~", StringComparison.Ordinal);
            if (open < 0)
            {
                continue;
            }

            var code = new string([.. text[(open + 2)..].TakeWhile(char.IsAsciiLetterUpper)]);
            if (code.Length < 3 || !Enum.TryParse<Sector>(code[..3], out var sector))
            {
                continue;
            }

            foreach (var phrase in Expand(Words(text[..open]).ToLowerInvariant(), sets))
            {
                words.Add(new RoleWord(phrase, null, sector, false, Source));
            }
        }

        return [.. words];
    }

    /// <summary>
    /// Non-state groups of Phoenix.MilNonState.actors.txt ("HEZBOLLAH_ [LBNREB]" with its "+" variants) as bodies of
    /// their country. Groups coded with no country ("IMG", "INT") or a sector we do not know are left out, and so
    /// are parenthesised acronyms, which collide too easily.
    /// </summary>
    /// <exception cref="KnowledgeLoadException">The file is missing.</exception>
    public ImmutableArray<Body> ReadGroups(string path)
    {
        var result = new List<Body>();
        var names = new List<string>();
        string? code = null;

        void Flush()
        {
            if (code is { Length: >= 6 } c && Enum.TryParse<Sector>(c[3..6], out var sector) && c[..3].All(char.IsAsciiLetterUpper))
            {
                foreach (var n in names.Where(IsGroupName).Distinct(StringComparer.Ordinal))
                {
                    result.Add(new Body(n, c[..3], sector, null, Source));
                }
            }

            names.Clear();
            code = null;
        }

        foreach (var raw in ReadLines(path))
        {
            var text = StripComment(raw);
            if (text.Trim().Length == 0)
            {
                continue;
            }

            int bracket = text.IndexOf('[', StringComparison.Ordinal);
            string words = bracket < 0 ? text : text[..bracket];
            int paren = words.IndexOf('(', StringComparison.Ordinal);
            words = paren < 0 ? words : words[..paren];
            if (char.IsWhiteSpace(text[0]) || text[0] == '[')
            {
                // The codes of the entry above, on a line of their own; a dated code marks a person, not the group.
                bool dated = bracket >= 0 && text[bracket..].Any(char.IsAsciiDigit);
                code ??= bracket < 0 || dated ? null : Codes(text[bracket..]).Select(x => x.Code).FirstOrDefault();
                continue;
            }

            if (text[0] == '+')
            {
                names.Add(Words(words[1..]));
                continue;
            }

            Flush();
            names.Add(Words(words));
            code = bracket < 0 ? null : Codes(text[bracket..]).Select(x => x.Code).FirstOrDefault();
        }

        Flush();
        return [.. result];
    }

    // One-word entries that are ordinary words or numbers ("Youth", "Organization", "313") would turn every such word
    // into the group.
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "youth", "organization", "tigers", "falcon", "mavericks", "zero", "camo", "boogeymen", "yahweh",
    };

    private static bool IsGroupName(string name) =>
        name.Length > 3 && !name.All(c => char.IsAsciiDigit(c) || c == '-') && (name.Contains(' ', StringComparison.Ordinal) || !OrdinaryWords.Contains(name));

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets)
    {
        foreach (var (name, values) in sets)
        {
            var token = name.ToLowerInvariant();
            int at = phrase.IndexOf(token, StringComparison.Ordinal);
            if (at >= 0)
            {
                return values.SelectMany(v => Expand(string.Concat(phrase.AsSpan(0, at), v, phrase.AsSpan(at + token.Length)), sets));
            }
        }

        return phrase.Contains('!', StringComparison.Ordinal) ? [] : [phrase.Trim()];
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new KnowledgeLoadException(path, 0, "-", "file is missing");
        }

        return File.ReadLines(path, Encoding.Latin1);
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    private static string Words(string s)
    {
        var w = s.Trim().TrimEnd('_').Replace('_', ' ').Trim();
        var ti = CultureInfo.InvariantCulture.TextInfo;
        return ti.ToTitleCase(w.ToLowerInvariant());
    }

    private static IEnumerable<(string Code, DateRange Dates)> Codes(string text)
    {
        int i = 0;
        while ((i = text.IndexOf('[', i)) >= 0)
        {
            int end = text.IndexOf(']', i);
            if (end < 0)
            {
                yield break;
            }

            var body = text[(i + 1)..end].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            i = end + 1;
            if (body.Length == 0 || body[0].StartsWith('~') || body[0].Length < 3 || !body[0].All(char.IsAsciiLetterUpper))
            {
                continue;
            }

            yield return (body[0], body.Length > 1 ? Dates(body[1]) : default);
        }
    }

    private static DateRange Dates(string spec)
    {
        if (spec.StartsWith('>'))
        {
            return new DateRange(Date(spec[1..]), null);
        }

        if (spec.StartsWith('<'))
        {
            return new DateRange(null, Date(spec[1..]));
        }

        var parts = spec.Split('-');
        return parts.Length == 2 ? new DateRange(Date(parts[0]), Date(parts[1])) : default;
    }

    private static DateOnly? Date(string yymmdd)
    {
        if (yymmdd.Length != 6 || !int.TryParse(yymmdd, NumberStyles.None, CultureInfo.InvariantCulture, out int v))
        {
            return null;
        }

        int yy = v / 10000, mm = v / 100 % 100, dd = v % 100;
        int year = yy > 30 ? 1900 + yy : 2000 + yy;
        return mm is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(year, mm) ? new DateOnly(year, mm, dd) : null;
    }

    private static Sector SectorOf(string suffix) =>
        suffix.Length >= 3 && Enum.TryParse<Sector>(suffix[..3], out var s) ? s : Sector.ELI;
}
