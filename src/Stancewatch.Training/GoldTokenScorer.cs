using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Stancewatch.Training;

/// <summary>
/// CoNLL 2018 shared-task metrics for predictions made on gold tokenization, where every word aligns with itself:
/// UPOS, XPOS, UFeats (universal features only), AllTags, Lemmas (a gold "_" matches anything), UAS and LAS
/// (universal relation without subtype), as percentages of words.
/// </summary>
public sealed class GoldTokenScorer
{
    private static readonly FrozenSet<string> UniversalFeatures = new[]
    {
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case", "Definite",
        "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person", "Polite",
    }.ToFrozenSet(StringComparer.Ordinal);

    private long _words, _upos, _xpos, _feats, _allTags, _lemmas, _uas, _las;

    /// <summary>Adds one sentence; any prediction column may be default (not scored).</summary>
    public void Add(
        TreebankSentence gold,
        IReadOnlyList<string>? upos = null,
        IReadOnlyList<string>? xpos = null,
        IReadOnlyList<string>? feats = null,
        IReadOnlyList<string>? lemmas = null,
        IReadOnlyList<int>? heads = null,
        IReadOnlyList<string>? deprels = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        for (int i = 0; i < gold.Count; i++)
        {
            _words++;
            bool u = upos != null && upos[i] == gold.Upos[i];
            bool x = xpos != null && xpos[i] == gold.Xpos[i];
            bool f = feats != null && UniversalOnly(feats[i]) == UniversalOnly(gold.Feats[i]);
            _upos += u ? 1 : 0;
            _xpos += x ? 1 : 0;
            _feats += f ? 1 : 0;
            _allTags += u && x && f ? 1 : 0;
            _lemmas += lemmas != null && (gold.Lemmas[i] == "_" || lemmas[i] == gold.Lemmas[i]) ? 1 : 0;
            if (heads != null && heads[i] == gold.Heads[i])
            {
                _uas++;
                if (deprels != null && Universal(deprels[i]) == Universal(gold.Deprels[i]))
                {
                    _las++;
                }
            }
        }
    }

    /// <summary>Scores so far, by metric name.</summary>
    public ImmutableSortedDictionary<string, double> Scores()
    {
        double P(long n) => _words == 0 ? 0 : Math.Round(100.0 * n / _words, 2);
        return new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["UPOS"] = P(_upos),
            ["XPOS"] = P(_xpos),
            ["UFeats"] = P(_feats),
            ["AllTags"] = P(_allTags),
            ["Lemmas"] = P(_lemmas),
            ["UAS"] = P(_uas),
            ["LAS"] = P(_las),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>The universal part of a relation ("nsubj:pass" → "nsubj").</summary>
    public static string Universal(string deprel)
    {
        ArgumentNullException.ThrowIfNull(deprel);
        int colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? deprel : deprel[..colon];
    }

    /// <summary>FEATS with only universal features, sorted.</summary>
    public static string UniversalOnly(string feats)
    {
        ArgumentNullException.ThrowIfNull(feats);
        if (feats == "_")
        {
            return "_";
        }

        var kept = feats.Split('|').Where(f => UniversalFeatures.Contains(f.Split('=')[0])).Order(StringComparer.Ordinal).ToList();
        return kept.Count == 0 ? "_" : string.Join('|', kept);
    }
}
