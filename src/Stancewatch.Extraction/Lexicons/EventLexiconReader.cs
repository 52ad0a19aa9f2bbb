using System.Collections.Immutable;
using System.Reflection;

namespace Stancewatch.Extraction.Lexicons;

/// <summary>
/// Reads the lexicon data files (data/lexicons/event-verbs.tsv, event-nouns.tsv, cues.tsv, reporting.tsv): tab-separated,
/// '#' starts a comment line, '-' marks an empty field. Errors name the file, line and field.
/// </summary>
public static class EventLexiconReader
{
    private const string ResourcePrefix = "Stancewatch.Extraction.Lexicons.Data.";

    /// <summary>The lexicon built into the assembly (the data/lexicons files at build time).</summary>
    public static EventLexicon LoadDefault()
    {
        var assembly = typeof(EventLexiconReader).Assembly;
        return Load(name => Open(assembly, name));
    }

    /// <summary>The lexicon from a folder holding the four files.</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="LexiconFormatException">A file is malformed.</exception>
    public static EventLexicon LoadDirectory(string directory) =>
        Load(name => new StreamReader(Path.Combine(directory, name)));

    private static StreamReader Open(Assembly assembly, string name) =>
        new(assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new FileNotFoundException($"lexicon resource {name} is not embedded in {assembly.GetName().Name}"));

    private static EventLexicon Load(Func<string, TextReader> open)
    {
        ImmutableArray<EventPattern> verbs, nouns;
        using (var r = open("event-verbs.tsv"))
        {
            verbs = ReadPatterns(r, "event-verbs.tsv");
        }

        using (var r = open("event-nouns.tsv"))
        {
            nouns = ReadPatterns(r, "event-nouns.tsv");
        }

        ImmutableDictionary<string, ImmutableArray<CueCategory>> cues;
        using (var r = open("cues.tsv"))
        {
            cues = ReadCues(r, "cues.tsv");
        }

        ImmutableDictionary<string, ReportingKind> rv, rn;
        using (var r = open("reporting.tsv"))
        {
            (rv, rn) = ReadReporting(r, "reporting.tsv");
        }

        return new EventLexicon(Group(verbs), Group(nouns), cues, rv, rn);
    }

    private static ImmutableDictionary<string, ImmutableArray<EventPattern>> Group(ImmutableArray<EventPattern> patterns) =>
        patterns.GroupBy(p => p.Lemma, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => EventLexicon.Order(g), StringComparer.Ordinal);

    /// <summary>Reads verb or noun patterns: lemma, object/modifier, plover, cameo, mode, context, target, flags.</summary>
    public static ImmutableArray<EventPattern> ReadPatterns(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = ImmutableArray.CreateBuilder<EventPattern>();
        foreach (var (line, f) in Rows(reader))
        {
            if (f.Length != 8)
            {
                throw LexiconFormatException.At(name, line, "columns", $"expected 8 tab-separated fields, found {f.Length}");
            }

            var words = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 2)
            {
                throw LexiconFormatException.At(name, line, "lemma", $"'{f[0]}' is not one word or a word and a particle");
            }

            if (!Enum.TryParse<PloverEvent>(f[2], ignoreCase: false, out var type))
            {
                throw LexiconFormatException.At(name, line, "plover", $"'{f[2]}' is not a PLOVER event type");
            }

            result.Add(new EventPattern
            {
                Lemma = words[0],
                Particle = words.Length > 1 ? words[1] : null,
                Constraint = List(f[1]),
                Type = type,
                Cameo = Opt(f[3]),
                Mode = Opt(f[4]),
                Context = Opt(f[5]),
                Target = List(f[6]),
                Flags = ParseFlags(f[7], name, line),
                Origin = $"{name}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            });
        }

        return result.ToImmutable();
    }

    /// <summary>Reads cue words: word, category.</summary>
    public static ImmutableDictionary<string, ImmutableArray<CueCategory>> ReadCues(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var map = new Dictionary<string, List<CueCategory>>(StringComparer.Ordinal);
        foreach (var (line, f) in Rows(reader))
        {
            if (f.Length != 2)
            {
                throw LexiconFormatException.At(name, line, "columns", $"expected 2 tab-separated fields, found {f.Length}");
            }

            if (!Enum.TryParse<CueCategory>(f[1].Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var c))
            {
                throw LexiconFormatException.At(name, line, "category", $"'{f[1]}' is not a cue category");
            }

            if (!map.TryGetValue(f[0], out var list))
            {
                map[f[0]] = list = [];
            }

            list.Add(c);
        }

        return map.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Reads reporting frames: lemma, kind (verb, quote, noun, frame); returns verbs and nouns apart.</summary>
    public static (ImmutableDictionary<string, ReportingKind> Verbs, ImmutableDictionary<string, ReportingKind> Nouns) ReadReporting(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var verbs = ImmutableDictionary.CreateBuilder<string, ReportingKind>(StringComparer.Ordinal);
        var nouns = ImmutableDictionary.CreateBuilder<string, ReportingKind>(StringComparer.Ordinal);
        foreach (var (line, f) in Rows(reader))
        {
            if (f.Length != 2)
            {
                throw LexiconFormatException.At(name, line, "columns", $"expected 2 tab-separated fields, found {f.Length}");
            }

            if (!Enum.TryParse<ReportingKind>(f[1], ignoreCase: true, out var kind))
            {
                throw LexiconFormatException.At(name, line, "kind", $"'{f[1]}' is not verb, quote, noun or frame");
            }

            var target = kind is ReportingKind.Verb or ReportingKind.Quote ? verbs : nouns;
            target[f[0]] = kind;
        }

        return (verbs.ToImmutable(), nouns.ToImmutable());
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(TextReader reader)
    {
        int n = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return (n, line.TrimEnd('\r').Split('\t').Select(s => s.Trim()).ToArray());
        }
    }

    private static string? Opt(string field) => field is "-" or "" ? null : field;

    private static ImmutableArray<string> List(string field) =>
        field is "-" or "" ? [] : [.. field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static EventPatternFlags ParseFlags(string field, string name, int line)
    {
        var flags = EventPatternFlags.None;
        foreach (var f in List(field.Replace(',', '|')))
        {
            if (!Enum.TryParse<EventPatternFlags>(f, ignoreCase: true, out var one))
            {
                string known = string.Join(", ", Enum.GetNames<EventPatternFlags>().Where(n => n != nameof(EventPatternFlags.None)).Select(n => n.ToLowerInvariant()));
                throw LexiconFormatException.At(name, line, "flags", $"'{f}' is not one of {known}");
            }

            flags |= one;
        }

        return flags;
    }
}
