using System.Collections.Immutable;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Entities;

namespace Stancewatch.Training.Entities;

/// <summary>
/// Trains an <see cref="EntityModel"/>: a structured averaged perceptron (Collins 2002) over BILOU tags with
/// Viterbi decoding, shuffled in a seeded order each epoch. The gazetteer lexicon of a training sentence is
/// learned from the other folds, so the model cannot lean on a word class that its own sentence created.
/// When selection sentences are given, the averaged weights of the epoch scoring best on them are kept.
/// </summary>
public sealed class NerTrainer
{
    private readonly NerTrainerOptions _options;

    /// <summary>Creates a trainer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public NerTrainer(NerTrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Validate();
    }

    /// <summary>Trains on <paramref name="train"/>, selecting the epoch on <paramref name="selection"/> (may be empty).</summary>
    /// <param name="train">Training sentences.</param>
    /// <param name="selection">Held-out sentences for choosing the epoch; empty to keep the last epoch.</param>
    /// <param name="properNouns">Proper-noun lexicon (see <see cref="NerLexicons.ProperNouns"/>).</param>
    /// <param name="trainTags">UPOS per training sentence when the options use tags, else null.</param>
    /// <param name="progress">Receives each epoch's figures.</param>
    /// <exception cref="ArgumentException">No training sentence.</exception>
    public NerTrainingResult Train(
        IReadOnlyList<NerSentence> train,
        IReadOnlyList<NerSentence> selection,
        WordLexicon properNouns,
        IReadOnlyList<IReadOnlyList<string>>? trainTags = null,
        IProgress<NerEpoch>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(properNouns);
        if (train.Count == 0)
        {
            throw new ArgumentException("no training sentence", nameof(train));
        }

        var scheme = new BilouScheme(_options.Types);
        int t = scheme.Count;
        int folds = _options.GazetteerFolds;
        var gazetteer = NerLexicons.Gazetteer(train);
        var foldExtractors = new EntityFeatureExtractor[folds];
        for (int k = 0; k < folds; k++)
        {
            var lexicon = folds == 1 ? gazetteer : NerLexicons.Gazetteer(train.Where((_, i) => i % folds != k));
            foldExtractors[k] = new EntityFeatureExtractor(properNouns, lexicon, _options.UseTags);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var trainFeatures = new int[train.Count][][];
        var gold = new int[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            var strings = foldExtractors[s % folds].Extract(train[s].Forms, trainTags?[s]);
            trainFeatures[s] = [.. strings.Select(fs => fs.Select(f => Intern(f)).ToArray())];
            gold[s] = scheme.Encode(train[s].Forms.Length, train[s].Entities);
        }

        var finalExtractor = new EntityFeatureExtractor(properNouns, gazetteer, _options.UseTags);
        var selectionFeatures = selection
            .Select(s => finalExtractor.Extract(s.Forms).Select(fs => fs.Select(f => index.TryGetValue(f, out int id) ? id : -1).ToArray()).ToArray())
            .ToArray();

        int featureCount = names.Count;
        var w = new float[featureCount * t];
        var u = new double[featureCount * t];
        var tw = new float[(t + 1) * t];
        var tu = new double[(t + 1) * t];
        double c = 1;
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(_options.Seed);
        var epochs = ImmutableArray.CreateBuilder<NerEpoch>();
        float[]? bestW = null, bestT = null;
        double bestF1 = double.NegativeInfinity;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int s in order)
            {
                var feats = trainFeatures[s];
                int n = feats.Length;
                if (n == 0)
                {
                    continue;
                }

                var pred = ViterbiDecoder.Decode(scheme, Emissions(feats, w, t), tw, n);
                var g = gold[s];
                bool wrong = false;
                for (int i = 0; i < n; i++)
                {
                    int pg = i > 0 ? g[i - 1] : -1, pp = i > 0 ? pred[i - 1] : -1;
                    if (g[i] != pred[i])
                    {
                        wrong = true;
                        foreach (int f in feats[i])
                        {
                            w[(f * t) + g[i]] += 1;
                            u[(f * t) + g[i]] += c;
                            w[(f * t) + pred[i]] -= 1;
                            u[(f * t) + pred[i]] -= c;
                        }
                    }

                    if (g[i] != pred[i] || pg != pp)
                    {
                        tw[((pg + 1) * t) + g[i]] += 1;
                        tu[((pg + 1) * t) + g[i]] += c;
                        tw[((pp + 1) * t) + pred[i]] -= 1;
                        tu[((pp + 1) * t) + pred[i]] -= c;
                    }
                }

                mistakes += wrong ? 1 : 0;
                c++;
            }

            var avgW = Average(w, u, c);
            var avgT = Average(tw, tu, c);
            NerScore? score = null;
            if (selection.Count > 0)
            {
                var predicted = selectionFeatures
                    .Select(feats => (IReadOnlyList<EntityMention>)scheme.Decode(ViterbiDecoder.Decode(scheme, Emissions(feats, avgW, t), avgT, feats.Length)))
                    .ToList();
                score = NerScorer.Score([.. selection.Select(s => (IReadOnlyList<EntityMention>)s.Entities)], predicted);
            }

            var record = new NerEpoch(epoch, mistakes, train.Count, score);
            epochs.Add(record);
            progress?.Report(record);
            double f1 = score?.Micro.F1 ?? epoch;
            if (f1 > bestF1)
            {
                bestF1 = f1;
                bestW = avgW;
                bestT = avgT;
                bestEpoch = epoch;
            }
        }

        var weights = new List<KeyValuePair<string, float[]>>();
        for (int f = 0; f < featureCount; f++)
        {
            var row = bestW.AsSpan(f * t, t);
            if (row.ContainsAnyExcept(0f))
            {
                weights.Add(KeyValuePair.Create(names[f], row.ToArray()));
            }
        }

        var model = new EntityModel(scheme, properNouns, gazetteer, _options.UseTags, weights, bestT!);
        return new NerTrainingResult(model, bestEpoch, epochs.ToImmutable());

        int Intern(string feature)
        {
            if (!index.TryGetValue(feature, out int id))
            {
                id = names.Count;
                index[feature] = id;
                names.Add(feature);
            }

            return id;
        }
    }

    private static float[] Emissions(int[][] features, float[] w, int t)
    {
        var scores = new float[features.Length * t];
        for (int i = 0; i < features.Length; i++)
        {
            var row = scores.AsSpan(i * t, t);
            foreach (int f in features[i])
            {
                if (f >= 0)
                {
                    var fw = w.AsSpan(f * t, t);
                    for (int y = 0; y < t; y++)
                    {
                        row[y] += fw[y];
                    }
                }
            }
        }

        return scores;
    }

    private static float[] Average(float[] w, double[] u, double c)
    {
        var avg = new float[w.Length];
        for (int i = 0; i < w.Length; i++)
        {
            avg[i] = (float)(w[i] - (u[i] / c));
        }

        return avg;
    }
}
