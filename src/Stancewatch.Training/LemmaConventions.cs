using System.Collections.Frozen;

namespace Stancewatch.Training;

/// <summary>
/// Where two treebanks lemmatize the same (form, XPOS) pair by different conventions (GUM: people → person,
/// -- → -, whom → who; EWT keeps people, --, whom), rewrites the other treebank's lemma to the reference
/// treebank's, so that the lemmatizer learns one convention. A pair is rewritten when each treebank gives it one
/// lemma in at least <see cref="FeatureConventions.MinShare"/> of its occurrences and the two lemmas differ. Immutable.
/// </summary>
public sealed class LemmaConventions
{
    private readonly FrozenDictionary<(string Form, string Xpos), string> _rewrites;

    private LemmaConventions(FrozenDictionary<(string Form, string Xpos), string> rewrites) => _rewrites = rewrites;

    /// <summary>Number of (form, XPOS) pairs rewritten.</summary>
    public int Count => _rewrites.Count;

    /// <summary>Learns where <paramref name="other"/> departs from the lemmas of <paramref name="reference"/>.</summary>
    public static LemmaConventions Learn(Treebank reference, Treebank other)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(other);
        var theirs = Majorities(reference, FeatureConventions.MinReferenceCount);
        var rewrites = Majorities(other, FeatureConventions.MinOtherCount)
            .Where(e => theirs.TryGetValue(e.Key, out var lemma) && lemma != e.Value)
            .ToFrozenDictionary(e => e.Key, e => theirs[e.Key]);
        return new LemmaConventions(rewrites);
    }

    /// <summary>The treebank with its lemmas rewritten to the reference conventions.</summary>
    public Treebank Apply(Treebank treebank)
    {
        ArgumentNullException.ThrowIfNull(treebank);
        return treebank with
        {
            Sentences = [.. treebank.Sentences.Select(s => s with
            {
                Lemmas = [.. s.Lemmas.Select((lemma, i) => _rewrites.GetValueOrDefault((s.Forms[i], s.Xpos[i]), lemma))],
            })],
        };
    }

    // The lemma each (form, XPOS) pair seen at least minCount times has in MinShare of its occurrences.
    private static Dictionary<(string, string), string> Majorities(Treebank treebank, int minCount) =>
        treebank.Sentences.SelectMany(s => Enumerable.Range(0, s.Count).Select(i => (Key: (s.Forms[i], s.Xpos[i]), Lemma: s.Lemmas[i])))
            .GroupBy(w => w.Key)
            .Where(g => g.Count() >= minCount)
            .Select(g => (g.Key, Top: g.GroupBy(w => w.Lemma, StringComparer.Ordinal).OrderByDescending(l => l.Count()).ThenBy(l => l.Key, StringComparer.Ordinal).First(), Total: g.Count()))
            .Where(x => x.Top.Count() >= FeatureConventions.MinShare * x.Total)
            .ToDictionary(x => x.Key, x => x.Top.Key);
}
