using System.Collections.Immutable;
using Stancewatch.Extraction;

namespace Stancewatch.Analysis.Export;

/// <summary>
/// Puts the top-level lists of an <see cref="AnalysisResult"/> in a stable order so that the same findings always
/// serialise to the same bytes: documents by path, records by document (in that order) and character offset,
/// profiles by actor. Nested lists (accounts, timeline entries, context) keep the order the analysis gave them.
/// </summary>
public static class AnalysisOrdering
{
    /// <summary>The same result with every top-level list sorted by its stable key (a stable sort: ties keep their order).</summary>
    public static AnalysisResult Canonical(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var documents = result.Documents.IsDefault ? [] : result.Documents
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            rank.TryAdd(d.Id, rank.Count);
        }

        var byEvidence = new EvidenceOrder(rank);
        return result with
        {
            Documents = documents,
            Events = Sort(result.Events, e => e.Evidence, e => e.Id, byEvidence),
            Claims = Sort(result.Claims, c => c.Evidence, c => c.Id, byEvidence),
            Silences = OrDefault(result.Silences)
                .OrderBy(s => s.Evidence, byEvidence)
                .ThenBy(s => s.Actor.Code, StringComparer.Ordinal)
                .ThenBy(s => s.Kind)
                .ThenBy(s => s.Claimant.Code, StringComparer.Ordinal)
                .ThenBy(s => s.Date)
                .ToImmutableArray(),
            Disputes = OrDefault(result.Disputes)
                .OrderBy(d => d.Subject.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray(),
            Profiles = OrDefault(result.Profiles).OrderBy(p => p.Actor, StringComparer.Ordinal).ToImmutableArray(),
            Votes = OrDefault(result.Votes)
                .OrderBy(v => v.Resolution, StringComparer.Ordinal)
                .ThenBy(v => v.Actor.Code, StringComparer.Ordinal)
                .ThenBy(v => v.Evidence, byEvidence)
                .ToImmutableArray(),
        };
    }

    private static ImmutableArray<T> OrDefault<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static ImmutableArray<T> Sort<T>(ImmutableArray<T> items, Func<T, Evidence> evidence, Func<T, string> id, EvidenceOrder order) =>
        OrDefault(items).OrderBy(evidence, order).ThenBy(id, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Document rank (unknown documents after known ones, by id), then start, then end; missing evidence last.</summary>
    private sealed class EvidenceOrder(Dictionary<string, int> rank) : IComparer<Evidence?>
    {
        public int Compare(Evidence? x, Evidence? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? 1 : -1;
            }

            int rx = rank.TryGetValue(x.Doc, out int a) ? a : int.MaxValue;
            int ry = rank.TryGetValue(y.Doc, out int b) ? b : int.MaxValue;
            int c = rx.CompareTo(ry);
            if (c == 0 && rx == int.MaxValue)
            {
                c = string.CompareOrdinal(x.Doc, y.Doc);
            }

            if (c == 0)
            {
                c = x.Start.CompareTo(y.Start);
            }

            if (c == 0)
            {
                c = x.End.CompareTo(y.End);
            }

            return c != 0 ? c : x.Sentence.CompareTo(y.Sentence);
        }
    }
}
