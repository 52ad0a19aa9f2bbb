using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Events;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;

namespace Stancewatch.Training.Evaluation;

/// <summary>
/// Scores extraction against the PLOVER gold standard and the PETRARCH-2 validation records (see
/// <see cref="EventEvaluation"/> for the definitions). An actor matches a gold actor when the codes agree (a gold
/// "IGO" or "---" code matches any organisation or any actor) or when the words that name it overlap the gold
/// actor's words, so that the coder is judged on who it picked, not on the coding scheme of the gold file.
/// </summary>
public sealed partial class EventEvaluator
{
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "and", "in", "on", "for", "to", "from", "by", "with", "its", "his", "her", "their", "two", "s",
    };

    private readonly CameoPloverTable _table;

    public EventEvaluator(CameoPloverTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    /// <summary>PLOVER gold: one gold event per sentence, PLOVER type labels.</summary>
    public EventEvaluation EvaluatePlover(IReadOnlyList<GoldSentence> gold, Func<GoldSentence, (AnnotatedDocument Document, DocumentExtraction Extraction)?> run)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(run);
        var confusion = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var details = ImmutableArray.CreateBuilder<string>();
        int predicted = 0, typeCorrect = 0, anywhere = 0, source = 0, target = 0, targetScored = 0, full = 0, goldEvents = 0;
        foreach (var sentence in gold)
        {
            var g = sentence.Events[0];
            goldEvents++;
            var result = run(sentence);
            var events = result is { } r ? r.Extraction.Events.Where(e => e.Type != PloverEvent.STATEMENT).ToList() : [];
            var main = result is { } rr ? Main(rr.Document, events) : null;
            string label = main?.Type.ToString() ?? "NONE";
            Count(confusion, g.Label, label);
            if (main != null)
            {
                predicted++;
            }

            if (events.Any(e => e.Type.ToString() == g.Label))
            {
                anywhere++;
            }

            bool typeOk = label == g.Label;
            bool srcOk = false, tgtOk = false;
            if (typeOk)
            {
                typeCorrect++;
                var same = events.Where(e => e.Type.ToString() == g.Label).ToList();
                srcOk = same.Any(e => Matches(e.Source, g.Sources) || e.Type == PloverEvent.CONSULT && Matches(e.Target, g.Sources));
                tgtOk = g.Targets.IsEmpty || same.Any(e => Matches(e.Target, g.Targets) || Matches(e.Source, g.Targets) && Mutual(e, g));
                source += srcOk ? 1 : 0;
                if (!g.Targets.IsEmpty)
                {
                    targetScored++;
                    target += tgtOk ? 1 : 0;
                }

                bool fullOk = same.Any(e => (Matches(e.Source, g.Sources) || Mutual(e, g) && Matches(e.Target, g.Sources))
                    && (g.Targets.IsEmpty || Matches(e.Target, g.Targets) || Mutual(e, g) && Matches(e.Source, g.Targets)));
                full += fullOk ? 1 : 0;
            }

            details.Add($"{sentence.Id}\t{g.Label}\t{label}\t{(typeOk ? "type" : "-")}{(srcOk ? "+src" : "")}{(tgtOk ? "+tgt" : "")}\t{Describe(events)}");
        }

        return new EventEvaluation
        {
            Gold = "PLOVER",
            Sentences = gold.Count,
            GoldEvents = goldEvents,
            Predicted = predicted,
            TypeCorrect = typeCorrect,
            TypeAnywhere = anywhere,
            SourceCorrect = source,
            TargetCorrect = target,
            TargetScored = targetScored,
            FullCorrect = full,
            Confusion = Freeze(confusion),
            Details = details.ToImmutable(),
        };
    }

    /// <summary>PETRARCH-2 records: CAMEO codes with source and target codes (country + sector).</summary>
    public EventEvaluation EvaluatePetrarch(IReadOnlyList<GoldSentence> gold, Func<GoldSentence, (AnnotatedDocument Document, DocumentExtraction Extraction)?> run)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(run);
        var confusion = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var details = ImmutableArray.CreateBuilder<string>();
        int goldEvents = 0, predicted = 0, root = 0, plover = 0, typeCorrect = 0, anywhere = 0, source = 0, target = 0, full = 0, none = 0, noneOk = 0;
        foreach (var sentence in gold)
        {
            var result = run(sentence);
            // A statement counts when it carries a code of CAMEO's statement block ("claimed responsibility", 015).
            var events = result is { } r ? r.Extraction.All().Where(e => e.Type != PloverEvent.STATEMENT || e.Cameo is not null).ToList() : [];
            var main = result is { } rr ? Main(rr.Document, events) : null;
            if (main != null)
            {
                predicted++;
            }

            if (sentence.Events.IsEmpty)
            {
                none++;
                noneOk += events.Count == 0 ? 1 : 0;
                Count(confusion, "NONE", main is null ? "NONE" : Root(main));
                details.Add($"{sentence.Id}\tNONE\t{(main is null ? "NONE" : Root(main))}\t{(events.Count == 0 ? "ok" : "-")}\t{Describe(events)}");
                continue;
            }

            foreach (var g in sentence.Events)
            {
                goldEvents++;
                string goldRoot = g.Label.Length >= 2 ? g.Label[..2] : g.Label;
                var goldType = _table.Map(g.Label)?.Type;
                bool SrcOk(Event e) => Country(e.Source, g.Sources[0].Code);
                bool TgtOk(Event e) => Country(e.Target, g.Targets[0].Code);
                bool RootOk(Event e) => Root(e) == goldRoot || e.Cameo is null && goldType == e.Type;
                // A consultation is coded once, without direction (decision 0007): it answers PETRARCH's record either way round.
                bool Reversed(Event e) => e.Type == PloverEvent.CONSULT && Country(e.Source, g.Targets[0].Code) && Country(e.Target, g.Sources[0].Code);
                var candidates = events.Where(e => SrcOk(e) && TgtOk(e) || Reversed(e)).ToList();
                bool rootOk = candidates.Any(RootOk);
                bool ploverOk = candidates.Any(e => goldType == e.Type || RootOk(e));
                root += rootOk ? 1 : 0;
                plover += ploverOk ? 1 : 0;
                var best = candidates.FirstOrDefault(RootOk) ?? candidates.FirstOrDefault() ?? events.FirstOrDefault(RootOk) ?? main;
                bool typeOk = best != null && RootOk(best);
                typeCorrect += typeOk ? 1 : 0;
                anywhere += events.Any(RootOk) ? 1 : 0;
                if (typeOk)
                {
                    source += events.Any(e => RootOk(e) && SrcOk(e)) ? 1 : 0;
                    target += events.Any(e => RootOk(e) && TgtOk(e)) ? 1 : 0;
                }

                full += rootOk ? 1 : 0;
                Count(confusion, goldRoot, best is null ? "NONE" : Root(best));
                details.Add($"{sentence.Id}\t{g.Label} {g.Sources[0].Code}>{g.Targets[0].Code}\t{(best is null ? "NONE" : Root(best))}\t{(rootOk ? "match" : "-")}\t{Describe(events)}");
            }
        }

        return new EventEvaluation
        {
            Gold = "PETRARCH-2",
            Sentences = gold.Count,
            GoldEvents = goldEvents,
            Predicted = predicted,
            TypeCorrect = typeCorrect,
            TypeAnywhere = anywhere,
            SourceCorrect = source,
            TargetCorrect = target,
            TargetScored = typeCorrect,
            FullCorrect = full,
            RootCorrect = root,
            PloverCorrect = plover,
            NoEventSentences = none,
            NoEventCorrect = noneOk,
            Confusion = Freeze(confusion),
            Details = details.ToImmutable(),
        };
    }

    /// <summary>
    /// The event whose trigger is highest in the parse (fewest steps to the root), first in text on ties. A speaker's
    /// accusation read from a reported act (<see cref="ReportedAccusations"/>) is main only when nothing else is coded:
    /// the sentence reports the act.
    /// </summary>
    public static Event? Main(AnnotatedDocument document, IReadOnlyList<Event> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        Event? best = null;
        int bestDepth = int.MaxValue;
        var acts = events.Where(e => !ReportedAccusations.IsAccusation(e)).ToList();
        foreach (var e in acts.Count > 0 ? acts : events)
        {
            int depth = 64;
            if (e.TriggerRange is { } r && document.Has(AnnotationLayers.Dependencies))
            {
                int t = document.TokenStarts.AsSpan().BinarySearch(r.Start);
                if (t >= 0)
                {
                    depth = 0;
                    for (int h = document.Heads[t]; h >= 0 && depth < 64; h = document.Heads[h])
                    {
                        depth++;
                    }
                }
            }

            if (depth < bestDepth)
            {
                best = e;
                bestDepth = depth;
            }
        }

        return best;
    }

    private string Root(Event e) =>
        e.Cameo is { Length: >= 2 } c ? c[..2] : Inverse(e.Type);

    private static string Inverse(PloverEvent type) => type switch
    {
        PloverEvent.AGREE => "03",
        PloverEvent.CONSULT => "04",
        PloverEvent.SUPPORT => "05",
        PloverEvent.COOPERATE => "06",
        PloverEvent.AID => "07",
        PloverEvent.CONCEDE or PloverEvent.RETREAT => "08",
        PloverEvent.INVESTIGATE => "09",
        PloverEvent.DEMAND or PloverEvent.REQUEST => "10",
        PloverEvent.DISAPPROVE or PloverEvent.ACCUSE => "11",
        PloverEvent.REJECT => "12",
        PloverEvent.THREATEN => "13",
        PloverEvent.PROTEST => "14",
        PloverEvent.MOBILIZE => "15",
        PloverEvent.SANCTION => "16",
        PloverEvent.COERCE => "17",
        PloverEvent.ASSAULT => "19",
        _ => "01",
    };

    /// <summary>PETRARCH codes are country (3 letters, "---" for none, IGO...) plus sectors.</summary>
    private static bool Country(ImmutableArray<ActorRef> actors, string gold)
    {
        if (gold.Length < 3 || gold.StartsWith("---", StringComparison.Ordinal))
        {
            return true;
        }

        if (gold.StartsWith("IGO", StringComparison.Ordinal))
        {
            return actors.Any(a => a.Code.Length != 3 || a.Code == "IGO");
        }

        string country = gold[..3];
        return actors.Any(a => a.Code == country);
    }

    private static bool Mutual(Event e, GoldEvent g) =>
        e.Type is PloverEvent.CONSULT or PloverEvent.AGREE or PloverEvent.COOPERATE || g.Sources.Length > 1;

    private static bool Matches(ImmutableArray<ActorRef> actors, ImmutableArray<GoldActor> gold)
    {
        foreach (var a in actors)
        {
            foreach (var g in gold)
            {
                if (g.Code.Length > 0 && (a.Code == g.Code || g.Code == "IGO" && a.Code.Length != 3))
                {
                    return true;
                }

                if (a.Text is { Length: > 0 } text && Words(text).Overlaps(Words(g.Text)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => !Stop.Contains(w)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();

    private string Describe(IEnumerable<Event> events) =>
        string.Join("; ", events.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"{e.Type}/{e.Cameo ?? "-"} {string.Join("+", e.Source.Select(a => a.Code))}>{string.Join("+", e.Target.Select(a => a.Code))} '{e.Trigger}'{(e.Negated ? " neg" : "")}{(e.Hypothetical ? " hyp" : "")}")));

    private static void Count(Dictionary<string, Dictionary<string, int>> confusion, string gold, string predicted)
    {
        if (!confusion.TryGetValue(gold, out var row))
        {
            confusion[gold] = row = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        row[predicted] = row.GetValueOrDefault(predicted) + 1;
    }

    private static ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, int>> Freeze(Dictionary<string, Dictionary<string, int>> confusion) =>
        confusion.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value.ToImmutableSortedDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
}
