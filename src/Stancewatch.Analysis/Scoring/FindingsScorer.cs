using System.Collections.Frozen;
using System.Collections.Immutable;
using Stancewatch.Extraction;

namespace Stancewatch.Analysis.Scoring;

/// <summary>
/// Scores an <see cref="AnalysisResult"/> against a findings file by exactly the rules of
/// ../shared/tools/score_findings.py. A gold finding is found when a record of the same kind in the same document
/// (matched by the file name of the export's document path, else its URL) has the same key fields and evidence
/// that overlaps (<see cref="EvidenceOverlap"/>); a predicted record is correct when it matches some gold finding.
/// Only documents named in the findings file count; STATEMENT events and inferred silences are not scored;
/// CONSULT matches either way round; a gold ABSTAIN_OR_ABSENT vote accepts ABSTAIN, ABSENT or ABSTAIN_OR_ABSENT.
/// </summary>
public sealed class FindingsScorer
{
    /// <summary>The scored kinds, in the script's order.</summary>
    public static ImmutableArray<string> Kinds { get; } = ["event", "stance", "silence", "retraction", "dispute", "vote"];

    /// <summary>A call or meeting has no direction: either way round matches.</summary>
    private static readonly FrozenSet<string> Mutual = FrozenSet.Create(StringComparer.Ordinal, "CONSULT");

    /// <summary>Scores <paramref name="analysis"/> against <paramref name="gold"/>.</summary>
    public FindingsScore Score(AnalysisResult analysis, FindingsFile gold)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(gold);

        // Later entries for the same file replace earlier ones but keep the first one's place, as a Python dict does.
        var files = new List<string>();
        var goldByFile = new Dictionary<string, ImmutableArray<GoldFinding>>(StringComparer.Ordinal);
        foreach (var d in gold.Documents)
        {
            if (!goldByFile.ContainsKey(d.File))
            {
                files.Add(d.File);
            }

            goldByFile[d.File] = d.Findings;
        }

        var predictions = new Dictionary<(string File, string Kind), List<object>>();
        foreach (var (file, kind, record) in Predictions(analysis))
        {
            if (file is not null && goldByFile.ContainsKey(file))
            {
                if (!predictions.TryGetValue((file, kind), out var list))
                {
                    predictions[(file, kind)] = list = [];
                }

                list.Add(record);
            }
        }

        var rows = ImmutableArray.CreateBuilder<KindScore>(Kinds.Length);
        var misses = ImmutableArray.CreateBuilder<FindingMiss>();
        foreach (string kind in Kinds)
        {
            int found = 0, total = 0, correct = 0, predicted = 0;
            foreach (string file in files)
            {
                var golds = goldByFile[file].Where(g => string.Equals(g.Kind, kind, StringComparison.Ordinal)).ToList();
                var preds = predictions.TryGetValue((file, kind), out var p) ? p : [];
                total += golds.Count;
                predicted += preds.Count;
                foreach (var g in golds)
                {
                    if (preds.Any(r => Matches(kind, g, r)))
                    {
                        found++;
                    }
                    else
                    {
                        misses.Add(new FindingMiss(file, g));
                    }
                }

                correct += preds.Count(r => golds.Any(g => Matches(kind, g, r)));
            }

            double? recall = total > 0 ? (double)found / total : null;
            double? precision = predicted > 0 ? (double)correct / predicted : null;
            double? f1 = precision is > 0 && recall is > 0
                ? 2 * precision.Value * recall.Value / (precision.Value + recall.Value)
                : total > 0 ? 0.0 : null;
            rows.Add(new KindScore(kind, total, found, predicted, correct, recall, precision, f1));
        }

        int g2 = rows.Sum(r => r.Gold), fo = rows.Sum(r => r.Found), n = rows.Sum(r => r.Predicted), c = rows.Sum(r => r.Correct);
        double recallAll = g2 > 0 ? (double)fo / g2 : 0.0;
        double precisionAll = n > 0 ? (double)c / n : 0.0;
        double f1All = precisionAll + recallAll != 0 ? 2 * precisionAll * recallAll / (precisionAll + recallAll) : 0.0;
        var overall = new KindScore("all", g2, fo, n, c, recallAll, precisionAll, f1All);
        return new FindingsScore(rows.MoveToImmutable(), overall, misses.ToImmutable());
    }

    private static IEnumerable<(string? File, string Kind, object Record)> Predictions(AnalysisResult analysis)
    {
        var fileById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in Orempty(analysis.Documents))
        {
            string path = !string.IsNullOrEmpty(d.Path) ? d.Path : d.Url ?? "";
            fileById[d.Id] = BaseName(path.TrimEnd('/'));
        }

        string? FileOf(Evidence? e) => e is null ? null : fileById.GetValueOrDefault(e.Doc, e.Doc);

        foreach (var e in Orempty(analysis.Events))
        {
            if (e.Type != PloverEvent.STATEMENT)
            {
                yield return (FileOf(e.Evidence), "event", e);
            }
        }

        foreach (var c in Orempty(analysis.Claims))
        {
            yield return (FileOf(c.Evidence), "stance", c);
        }

        foreach (var s in Orempty(analysis.Silences))
        {
            if (!s.Inferred)
            {
                yield return (FileOf(s.Evidence), s.Kind == SilenceKind.Retraction ? "retraction" : "silence", s);
            }
        }

        foreach (var d in Orempty(analysis.Disputes))
        {
            foreach (string? file in Orempty(d.Accounts).Select(a => FileOf(a.Evidence)).Distinct())
            {
                yield return (file, "dispute", d);
            }
        }

        foreach (var v in Orempty(analysis.Votes))
        {
            yield return (FileOf(v.Evidence), "vote", v);
        }
    }

    private static bool Matches(string kind, GoldFinding gold, object record) => (kind, record) switch
    {
        ("event", Event e) => MatchesEvent(gold, e),
        ("stance", Claim c) => Equal(c.Subject.Code, gold["actor"]) && Equal(c.Claimant.Code, gold["claimant"])
            && Equal(c.Stance.ToString(), gold["stance"]) && EvidenceOverlap.Overlaps(c.Evidence.Text, gold["evidence"]),
        ("silence" or "retraction", Silence s) => Equal(s.Actor.Code, gold["actor"]) && EvidenceOverlap.Overlaps(s.Evidence?.Text ?? "", gold["evidence"]),
        ("dispute", Dispute d) => MatchesDispute(gold, d),
        ("vote", Vote v) => MatchesVote(gold, v),
        _ => false,
    };

    private static bool MatchesEvent(GoldFinding gold, Event e)
    {
        var source = e.Source.IsDefault ? [] : e.Source.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var target = e.Target.IsDefault ? [] : e.Target.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        string? plover = gold["plover"], gs = gold["source"], gt = gold["target"];
        bool direct = In(gs, source) && In(gt, target);
        bool mutual = plover is not null && Mutual.Contains(plover) && In(gs, target) && In(gt, source);
        return Equal(e.Type.ToString(), plover) && (direct || mutual) && EvidenceOverlap.Overlaps(e.Evidence.Text, gold["evidence"]);
    }

    private static bool MatchesDispute(GoldFinding gold, Dispute d)
    {
        var accounts = Orempty(d.Accounts);
        var claimants = accounts.Select(a => a.Claimant.Code).ToHashSet(StringComparer.Ordinal);
        string? a = gold["evidence_a"], b = gold["evidence_b"];
        return Equal(d.Subject.Code, gold["actor"]) && In(gold["claimant_a"], claimants) && In(gold["claimant_b"], claimants)
            && accounts.Any(x => EvidenceOverlap.Overlaps(x.Evidence.Text, a) || EvidenceOverlap.Overlaps(x.Evidence.Text, b));
    }

    private static bool MatchesVote(GoldFinding gold, Vote v)
    {
        string? wanted = gold["vote"];
        bool ok = string.Equals(wanted, nameof(VoteChoice.ABSTAIN_OR_ABSENT), StringComparison.Ordinal)
            ? v.Choice is VoteChoice.ABSTAIN or VoteChoice.ABSENT or VoteChoice.ABSTAIN_OR_ABSENT
            : Equal(v.Choice.ToString(), wanted);
        return Equal(v.Actor.Code, gold["actor"]) && ok && EvidenceOverlap.Overlaps(v.Evidence.Text, gold["evidence"]);
    }

    private static bool Equal(string? predicted, string? gold) => gold is not null && string.Equals(predicted, gold, StringComparison.Ordinal);

    private static bool In(string? code, HashSet<string> codes) => code is not null && codes.Contains(code);

    private static string BaseName(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }

    private static ImmutableArray<T> Orempty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
