using System.Collections.Immutable;
using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Training;

/// <summary>
/// Trains <see cref="PerceptronTagger"/>: greedy decoding with predicted tag history, one perceptron update per
/// word, shuffled with a fixed seed each epoch; after each epoch the averaged model is scored on the dev sets and
/// the best epoch (mean of UPOS, XPOS and UFeats over the dev sets) is kept.
/// </summary>
public sealed class TaggerTrainer
{
    private readonly TaggerTrainingOptions _options;

    /// <summary>Creates a trainer.</summary>
    public TaggerTrainer(TaggerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Trains on <paramref name="train"/> and selects on <paramref name="dev"/> (or keeps the last epoch when there is no dev set).</summary>
    public TrainingResult<PerceptronTagger> Train(IReadOnlyList<Treebank> train, IReadOnlyList<Treebank> dev, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        var sentences = train.SelectMany(t => t.Sentences).ToArray();
        var labels = sentences.SelectMany(s => Enumerable.Range(0, s.Count).Select(i => PerceptronTagger.JoinLabel(s.Upos[i], s.Xpos[i], TagClasses.ClassFeats(s.Xpos[i], s.Feats[i]))))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var classOf = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var gold = sentences.Select(s => Enumerable.Range(0, s.Count).Select(i => classOf[PerceptronTagger.JoinLabel(s.Upos[i], s.Xpos[i], TagClasses.ClassFeats(s.Xpos[i], s.Feats[i]))]).ToArray()).ToArray();
        var dictionary = BuildDictionary(sentences, gold, labels);
        var xposHash = PerceptronTagger.XposHashes(labels);
        var prepared = sentences.Select(s => TaggerSentence.Of(s.Forms, dictionary)).ToArray();

        var perceptron = new AveragedPerceptron(labels.Length);
        var order = Enumerable.Range(0, sentences.Length).ToArray();
        var features = new ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[labels.Length];
        PerceptronTagger? best = null;
        double bestScore = double.NegativeInfinity;
        int bestEpoch = 0;
        var bestMetrics = ImmutableSortedDictionary<string, double>.Empty;
        var log = ImmutableArray.CreateBuilder<string>();
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            new Random(_options.Seed + epoch).Shuffle(order);
            long words = 0, correct = 0;
            for (int k = 0; k < order.Length; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int s = order[k];
                var forms = sentences[s].Forms;
                var predicted = new int[forms.Length];
                for (int i = 0; i < forms.Length; i++)
                {
                    var allowed = dictionary.Allowed(forms[i]);
                    int guess;
                    if (allowed.Length == 1)
                    {
                        guess = allowed[0];
                    }
                    else
                    {
                        int n = TaggerFeatures.Extract(prepared[s], i, i >= 1 ? predicted[i - 1] : -1, i >= 2 ? predicted[i - 2] : -1, xposHash, features);
                        perceptron.Score(features.AsSpan(0, n), scores);
                        guess = TagDictionary.Best(scores, allowed);
                        perceptron.Update(features.AsSpan(0, n), gold[s][i], guess);
                    }

                    predicted[i] = guess;
                    words++;
                    correct += guess == gold[s][i] ? 1 : 0;
                }

                if ((k & 255) == 0)
                {
                    progress?.Report(new TrainingProgress("tagger", epoch, _options.Epochs, (double)k / order.Length, null));
                }
            }

            if (dev.Count == 0 && epoch < _options.Epochs)
            {
                continue;
            }

            // Without dev sets the last epoch is kept.
            var tagger = new PerceptronTagger(labels, perceptron.Average(), dictionary);
            var metrics = Evaluate(tagger, dev);
            double score = dev.Count == 0 ? epoch : dev.Average(d => (metrics[$"dev.{d.Name}.UPOS"] + metrics[$"dev.{d.Name}.XPOS"] + metrics[$"dev.{d.Name}.TagClass"]) / 3);
            string line = FormattableString.Invariant($"epoch {epoch}: train {100.0 * correct / words:F2}  ") + Describe(metrics);
            log.Add(line);
            progress?.Report(new TrainingProgress("tagger", epoch, _options.Epochs, 1, line));
            if (score > bestScore)
            {
                (best, bestScore, bestEpoch, bestMetrics) = (tagger, score, epoch, metrics);
            }
        }

        return new TrainingResult<PerceptronTagger>(best!, bestEpoch, bestMetrics, log.ToImmutable());
    }

    /// <summary>
    /// UPOS, XPOS and whole-class (UPOS, XPOS and the FEATS the tagger predicts, see <see cref="TagClasses"/>)
    /// accuracy on each set, named <c>{prefix}.{set}.{metric}</c>.
    /// </summary>
    public static ImmutableSortedDictionary<string, double> Evaluate(PerceptronTagger tagger, IReadOnlyList<Treebank> sets, string prefix = "dev")
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sets);
        var result = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            long words = 0, upos = 0, xpos = 0, whole = 0;
            foreach (var s in set.Sentences)
            {
                var classes = tagger.Predict(s.Forms);
                for (int i = 0; i < s.Count; i++)
                {
                    var (u, x, f) = PerceptronTagger.SplitLabel(tagger.Labels[classes[i]]);
                    words++;
                    upos += u == s.Upos[i] ? 1 : 0;
                    xpos += x == s.Xpos[i] ? 1 : 0;
                    whole += u == s.Upos[i] && x == s.Xpos[i] && f == TagClasses.ClassFeats(s.Xpos[i], s.Feats[i]) ? 1 : 0;
                }
            }

            result[$"{prefix}.{set.Name}.UPOS"] = Math.Round(100.0 * upos / Math.Max(1, words), 2);
            result[$"{prefix}.{set.Name}.XPOS"] = Math.Round(100.0 * xpos / Math.Max(1, words), 2);
            result[$"{prefix}.{set.Name}.TagClass"] = Math.Round(100.0 * whole / Math.Max(1, words), 2);
        }

        return result.ToImmutable();
    }

    internal static string Describe(ImmutableSortedDictionary<string, double> metrics) =>
        string.Join("  ", metrics.Select(m => FormattableString.Invariant($"{m.Key} {m.Value:F2}")));

    private TagDictionary BuildDictionary(TreebankSentence[] sentences, int[][] gold, IReadOnlyList<string> labels)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Length; s++)
        {
            for (int i = 0; i < sentences[s].Count; i++)
            {
                string form = sentences[s].Forms[i];
                if (!counts.TryGetValue(form, out var byClass))
                {
                    counts[form] = byClass = [];
                }

                byClass[gold[s][i]] = byClass.GetValueOrDefault(gold[s][i]) + 1;
            }
        }

        var frequency = new int[labels.Count];
        foreach (int c in gold.SelectMany(g => g))
        {
            frequency[c]++;
        }

        var syncretic = new SyncreticTags(labels, frequency);
        return new TagDictionary(counts
            .Where(e => e.Value.Values.Sum() >= _options.DictionaryMinCount)
            .Select(e => new KeyValuePair<string, ushort[]>(e.Key, syncretic.Open(e.Value.Keys))));
    }
}
