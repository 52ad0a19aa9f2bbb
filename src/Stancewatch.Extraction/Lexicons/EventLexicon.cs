using System.Collections.Immutable;

namespace Stancewatch.Extraction.Lexicons;

/// <summary>
/// The verb and noun event patterns, reporting frames and cue words that extraction reads, loaded from the data
/// files under data/lexicons (see <see cref="EventLexiconReader"/>). Immutable and safe to share across threads.
/// </summary>
public sealed class EventLexicon
{
    public EventLexicon(
        ImmutableDictionary<string, ImmutableArray<EventPattern>> verbs,
        ImmutableDictionary<string, ImmutableArray<EventPattern>> nouns,
        ImmutableDictionary<string, ImmutableArray<CueCategory>> cues,
        ImmutableDictionary<string, ReportingKind> reportingVerbs,
        ImmutableDictionary<string, ReportingKind> reportingNouns)
    {
        Verbs = verbs;
        Nouns = nouns;
        Cues = cues;
        ReportingVerbs = reportingVerbs;
        ReportingNouns = reportingNouns;
    }

    /// <summary>Verb patterns by lemma, most specific first.</summary>
    public ImmutableDictionary<string, ImmutableArray<EventPattern>> Verbs { get; }

    /// <summary>Noun patterns by lemma, most specific first.</summary>
    public ImmutableDictionary<string, ImmutableArray<EventPattern>> Nouns { get; }

    public ImmutableDictionary<string, ImmutableArray<CueCategory>> Cues { get; }
    public ImmutableDictionary<string, ReportingKind> ReportingVerbs { get; }
    public ImmutableDictionary<string, ReportingKind> ReportingNouns { get; }

    /// <summary>True when <paramref name="word"/> (lower-cased) has cue category <paramref name="category"/>.</summary>
    public bool Is(string word, CueCategory category) =>
        Cues.TryGetValue(word, out var c) && c.Contains(category);

    /// <summary>
    /// The verb patterns of <paramref name="lemma"/>, else of a regular base form of <paramref name="form"/> (see
    /// <see cref="RegularInflection"/>); false when neither has any.
    /// </summary>
    public bool TryGetVerb(string lemma, string form, out ImmutableArray<EventPattern> patterns) =>
        TryGet(Verbs, lemma, form, out patterns);

    /// <summary>The noun patterns of <paramref name="lemma"/>, else of a regular base form of <paramref name="form"/>.</summary>
    public bool TryGetNoun(string lemma, string form, out ImmutableArray<EventPattern> patterns) =>
        TryGet(Nouns, lemma, form, out patterns);

    private static bool TryGet(ImmutableDictionary<string, ImmutableArray<EventPattern>> table, string lemma, string form, out ImmutableArray<EventPattern> patterns)
    {
        if (table.TryGetValue(lemma, out patterns))
        {
            return true;
        }

        foreach (string b in RegularInflection.BaseForms(form))
        {
            if (table.TryGetValue(b, out patterns))
            {
                return true;
            }
        }

        patterns = default;
        return false;
    }

    /// <summary>
    /// A lexicon widened by <paramref name="imported"/> verb patterns (e.g. from PETRARCH's CAMEO dictionary): they are
    /// added only for lemmas that have no pattern of ours, so the curated patterns always decide where both exist.
    /// </summary>
    public EventLexicon WithImportedVerbs(IEnumerable<EventPattern> imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        var builder = Verbs.ToBuilder();
        foreach (var group in imported.GroupBy(p => p.Lemma, StringComparer.Ordinal))
        {
            if (!Verbs.ContainsKey(group.Key))
            {
                builder[group.Key] = Order(group);
            }
        }

        return new EventLexicon(builder.ToImmutable(), Nouns, Cues, ReportingVerbs, ReportingNouns);
    }

    /// <summary>Most specific first, then file order.</summary>
    public static ImmutableArray<EventPattern> Order(IEnumerable<EventPattern> patterns) =>
        [.. patterns.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Specificity).ThenBy(x => x.i).Select(x => x.p)];
}
