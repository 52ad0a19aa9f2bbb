using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Yaml;

namespace Stancewatch.Knowledge.Lexicons;

/// <summary>Reads data/lexicons/analysis-cues.yaml into an <see cref="AnalysisLexicon"/>.</summary>
public sealed class AnalysisLexiconLoader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>The lexicon built into the assembly (data/lexicons/analysis-cues.yaml at build time).</summary>
    public AnalysisLexicon LoadDefault()
    {
        const string name = "Stancewatch.Knowledge.Lexicons.Data.analysis-cues.yaml";
        using var stream = typeof(AnalysisLexiconLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new CrisisProfileException("data/lexicons/analysis-cues.yaml", 0, "(file)", "not built into the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "data/lexicons/analysis-cues.yaml");
    }

    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <exception cref="CrisisProfileException">The file is missing or malformed (message names file, line and field).</exception>
    public AnalysisLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CrisisProfileException(path, 0, "(file)", "does not exist");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses lexicon text; <paramref name="file"/> names it in messages.</summary>
    /// <exception cref="CrisisProfileException">The text is malformed.</exception>
    public AnalysisLexicon Parse(string text, string file)
    {
        var y = YamlFields.Open(file, text);
        var neg = y.Mapping("negators");
        var rep = y.Mapping("reporting");
        var votes = y.Mapping("votes");
        return new AnalysisLexicon
        {
            Negator = Words(neg, ["words", "phrases"]),
            NegationWindow = neg.OptionalInt("window", 12),
            HedgeDrop = Words(y, ["hedge_drop"]),
            Hedge = Words(y, ["hedges"]),
            ReportingVerb = Words(rep, ["verbs"]),
            ContentMarker = Markers(rep, "content_markers"),
            PrepositionalFrame = Words(rep, ["prepositional"]),
            AddresseeVerb = Words(rep, ["addressee_verbs"]),
            DemandVerb = Words(rep, ["demand_verbs"]),
            OfficialSpeaker = Words(rep, ["official_speakers"]),
            Pronoun = Words(rep, ["pronouns"]),
            Contrast = Words(y, ["contrast_markers"]),
            Anaphora = Words(y, ["anaphora"]),
            Occasion = Words(y, ["occasions"]),
            Silence = Patterns(y, "silence"),
            Retraction = Patterns(y, "retraction"),
            VoteContext = Pattern(votes, "context"),
            VoteAbstain = Pattern(votes, "abstain"),
            VoteAbsent = Pattern(votes, "absent"),
            VoteYes = Pattern(votes, "yes"),
            VoteNo = Pattern(votes, "no"),
            VoteNotSupported = Pattern(votes, "not_supported"),
            VoteBodies = [.. votes.Mappings("bodies", required: true).Select(b => new VoteBody(Compile(b, "pattern", b.RequiredString("pattern")), b.RequiredString("code")))],
            Dispute = Patterns(y, "disputes"),
            Interaction = Patterns(y, "interactions"),
            Readout = Pattern(y, "readout"),
        };
    }

    private static Regex Words(YamlFields y, string[] fields)
    {
        var all = fields.SelectMany(f => y.Strings(f, required: true)).OrderByDescending(w => w.Length).ToList();
        string alternation = string.Join("|", all.Select(w => w.StartsWith('\'') ? Regex.Escape(w) : w));
        return Compile(y, fields[0], @"(?<![\w'’])(?:" + alternation + @")(?![\w])");
    }

    private static Regex Markers(YamlFields y, string field)
    {
        var all = y.Strings(field, required: true).Select(m => char.IsLetter(m[0]) ? @"\b" + Regex.Escape(m) + @"\b" : Regex.Escape(m));
        return Compile(y, field, "(?:" + string.Join("|", all) + ")");
    }

    private static ImmutableArray<Regex> Patterns(YamlFields y, string field) =>
        [.. y.Strings(field, required: true).Select(p => Compile(y, field, p))];

    private static Regex Pattern(YamlFields y, string field) => Compile(y, field, y.RequiredString(field));

    private static Regex Compile(YamlFields y, string field, string pattern)
    {
        try
        {
            return new Regex(pattern, Options, Timeout);
        }
        catch (ArgumentException e)
        {
            throw y.Error(field, "not a valid regular expression: " + e.Message, y.Node(field));
        }
    }
}
