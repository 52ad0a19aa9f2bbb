using System.Globalization;
using Stancewatch.Nlp.Entities;

namespace Stancewatch.Training.Entities;

/// <summary>
/// Groups words into classes by the words around them (the exchange algorithm of Kneser and Ney 1993 / Martin et
/// al. 1998): each pass moves every word, most frequent first, to the class that most raises the likelihood of a
/// class bigram model of the text. Words are lexicon keys (<see cref="EntityFeatureExtractor.Key"/>); words seen
/// fewer than <c>minCount</c> times, and pairs of a word with itself, are left out. Deterministic.
/// </summary>
public sealed class WordClusterer
{
    private readonly int _classes;
    private readonly int _passes;
    private readonly int _minCount;

    /// <summary>Creates a clusterer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two classes, no pass, or a minimum count below 1.</exception>
    public WordClusterer(int classes = 128, int passes = 8, int minCount = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        _classes = classes;
        _passes = passes;
        _minCount = minCount;
    }

    /// <summary>Clusters the words of <paramref name="sentences"/>; each word's class is "c" + its number.</summary>
    public WordLexicon Cluster(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var keyed = sentences.Select(s => s.Select(EntityFeatureExtractor.Key).ToArray()).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in keyed)
        {
            foreach (var w in s)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        // Word ids by falling frequency; two fixed pseudo-words close the vocabulary: the sentence boundary and
        // every rare word.
        var words = counts.Where(kv => kv.Value >= _minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
        var id = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            id[words[i]] = i;
        }

        int boundary = words.Length, rare = words.Length + 1, vocabulary = words.Length + 2;
        var left = new Dictionary<int, int>[vocabulary];
        var right = new Dictionary<int, int>[vocabulary];
        for (int i = 0; i < vocabulary; i++)
        {
            left[i] = [];
            right[i] = [];
        }

        foreach (var s in keyed)
        {
            int prev = boundary;
            for (int i = 0; i <= s.Length; i++)
            {
                int cur = i == s.Length ? boundary : id.TryGetValue(s[i], out int x) ? x : rare;
                if (cur != prev)
                {
                    right[prev][cur] = right[prev].GetValueOrDefault(cur) + 1;
                    left[cur][prev] = left[cur].GetValueOrDefault(prev) + 1;
                }

                prev = cur;
            }
        }

        var leftPairs = left.Select(d => d.OrderBy(kv => kv.Key).ToArray()).ToArray();
        var rightPairs = right.Select(d => d.OrderBy(kv => kv.Key).ToArray()).ToArray();
        int k = _classes + 2;
        var classOf = new int[vocabulary];
        for (int w = 0; w < words.Length; w++)
        {
            classOf[w] = w % _classes;
        }

        classOf[boundary] = _classes;
        classOf[rare] = _classes + 1;
        var pair = new double[k * k];
        var asLeft = new double[k];
        var asRight = new double[k];
        for (int w = 0; w < vocabulary; w++)
        {
            foreach (var (next, n) in rightPairs[w])
            {
                pair[(classOf[w] * k) + classOf[next]] += n;
                asLeft[classOf[w]] += n;
                asRight[classOf[next]] += n;
            }
        }

        var before = new double[k];
        var after = new double[k];
        var beforeTouched = new List<int>();
        var afterTouched = new List<int>();
        for (int pass = 0; pass < _passes; pass++)
        {
            int moved = 0;
            for (int w = 0; w < words.Length; w++)
            {
                Gather(leftPairs[w], classOf, before, beforeTouched);
                Gather(rightPairs[w], classOf, after, afterTouched);
                double nLeft = beforeTouched.Sum(d => before[d]);
                double nRight = afterTouched.Sum(d => after[d]);
                int from = classOf[w];
                Move(pair, asLeft, asRight, k, from, before, beforeTouched, after, afterTouched, nLeft, nRight, -1);

                int best = from;
                double bestGain = double.NegativeInfinity;
                for (int c = 0; c < _classes; c++)
                {
                    double gain = Gain(pair, asLeft, asRight, k, c, before, beforeTouched, after, afterTouched, nLeft, nRight);
                    if (gain > bestGain + 1e-9 || (Math.Abs(gain - bestGain) <= 1e-9 && c == from))
                    {
                        bestGain = gain;
                        best = c;
                    }
                }

                Move(pair, asLeft, asRight, k, best, before, beforeTouched, after, afterTouched, nLeft, nRight, +1);
                classOf[w] = best;
                moved += best == from ? 0 : 1;
                Clear(before, beforeTouched);
                Clear(after, afterTouched);
            }

            if (moved == 0)
            {
                break;
            }
        }

        return new WordLexicon(words.Select((w, i) => KeyValuePair.Create(w, "c" + classOf[i].ToString(CultureInfo.InvariantCulture))));
    }

    private static void Gather(KeyValuePair<int, int>[] neighbours, int[] classOf, double[] byClass, List<int> touched)
    {
        foreach (var (word, n) in neighbours)
        {
            int c = classOf[word];
            if (byClass[c] == 0)
            {
                touched.Add(c);
            }

            byClass[c] += n;
        }
    }

    private static void Clear(double[] byClass, List<int> touched)
    {
        foreach (int c in touched)
        {
            byClass[c] = 0;
        }

        touched.Clear();
    }

    // Adds (sign +1) or removes (-1) a word with these neighbour-class counts to or from class c.
    private static void Move(double[] pair, double[] asLeft, double[] asRight, int k, int c, double[] before, List<int> beforeTouched, double[] after, List<int> afterTouched, double nLeft, double nRight, int sign)
    {
        foreach (int d in beforeTouched)
        {
            pair[(d * k) + c] += sign * before[d];
        }

        foreach (int d in afterTouched)
        {
            pair[(c * k) + d] += sign * after[d];
        }

        asLeft[c] += sign * nRight;
        asRight[c] += sign * nLeft;
    }

    // Change in Σ f(pair) − Σ f(asLeft) − Σ f(asRight) when the (removed) word joins class c, with f(x) = x ln x.
    private static double Gain(double[] pair, double[] asLeft, double[] asRight, int k, int c, double[] before, List<int> beforeTouched, double[] after, List<int> afterTouched, double nLeft, double nRight)
    {
        double gain = 0;
        foreach (int d in beforeTouched)
        {
            double n = pair[(d * k) + c];
            gain += F(n + before[d]) - F(n);
        }

        foreach (int d in afterTouched)
        {
            double n = pair[(c * k) + d];
            gain += F(n + after[d]) - F(n);
        }

        // The cell (c, c) takes both a preceding and a following word of class c: count its change once.
        if (before[c] > 0 && after[c] > 0)
        {
            double n = pair[(c * k) + c];
            gain += F(n + before[c] + after[c]) - F(n + before[c]) - F(n + after[c]) + F(n);
        }

        gain -= F(asLeft[c] + nRight) - F(asLeft[c]);
        gain -= F(asRight[c] + nLeft) - F(asRight[c]);
        return gain;
    }

    private static double F(double x) => x <= 0 ? 0 : x * Math.Log(x);
}
