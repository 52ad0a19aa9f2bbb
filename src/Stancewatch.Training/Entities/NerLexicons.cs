using System.Globalization;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Entities;

namespace Stancewatch.Training.Entities;

/// <summary>
/// Builds the word lexicons the entity features use: how often treebanks tag a word as a proper noun, and
/// which entity type a word belongs to in the entity training data (a gazetteer learned from it).
/// </summary>
public static class NerLexicons
{
    /// <summary>
    /// Proper-noun classes from tagged sentences: "p" + a bucket of the PROPN share (0: never … 4: ≥ 90 %)
    /// + "f" + a frequency bucket, for every word seen.
    /// </summary>
    public static WordLexicon ProperNouns(IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, (int Total, int Propn)>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var w in s.Words)
            {
                string key = EntityFeatureExtractor.Key(w.Form);
                var c = counts.GetValueOrDefault(key);
                counts[key] = (c.Total + 1, c.Propn + (string.Equals(w.Upos, "PROPN", StringComparison.Ordinal) ? 1 : 0));
            }
        }

        return new WordLexicon(counts.Select(kv => KeyValuePair.Create(kv.Key, ProperNounClass(kv.Value.Total, kv.Value.Propn))));
    }

    /// <summary>
    /// Entity-type classes from entity sentences: the type a word most often belongs to + a bucket of the share of
    /// its occurrences inside an entity (0: under 10 % … 3: over 80 %), for every word seen inside an entity.
    /// </summary>
    public static WordLexicon Gazetteer(IEnumerable<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var inside = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Forms.Length; i++)
            {
                string key = EntityFeatureExtractor.Key(s.Forms[i]);
                total[key] = total.GetValueOrDefault(key) + 1;
            }

            foreach (var m in s.Entities)
            {
                for (int i = m.FirstToken; i < m.EndToken && i < s.Forms.Length; i++)
                {
                    string key = EntityFeatureExtractor.Key(s.Forms[i]);
                    if (!inside.TryGetValue(key, out var byType))
                    {
                        inside[key] = byType = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    byType[m.Label] = byType.GetValueOrDefault(m.Label) + 1;
                }
            }
        }

        return new WordLexicon(inside.Select(kv =>
        {
            var best = kv.Value.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First();
            double share = (double)kv.Value.Values.Sum() / total[kv.Key];
            int bucket = share < 0.1 ? 0 : share < 0.4 ? 1 : share < 0.8 ? 2 : 3;
            return KeyValuePair.Create(kv.Key, best.Key + bucket.ToString(CultureInfo.InvariantCulture));
        }));
    }

    private static string ProperNounClass(int total, int propn)
    {
        double share = (double)propn / total;
        int bucket = propn == 0 ? 0 : share < 0.2 ? 1 : share < 0.5 ? 2 : share < 0.9 ? 3 : 4;
        int freq = total < 3 ? 0 : total < 20 ? 1 : total < 200 ? 2 : 3;
        return "p" + bucket.ToString(CultureInfo.InvariantCulture) + "f" + freq.ToString(CultureInfo.InvariantCulture);
    }
}
