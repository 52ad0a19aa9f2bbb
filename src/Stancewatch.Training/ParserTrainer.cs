using System.Collections.Immutable;
using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Parsing;
using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Training;

/// <summary>
/// Trains <see cref="ArcHybridParser"/> with the dynamic oracle: at each configuration the perceptron is updated
/// towards the best-scoring zero-cost (least-cost) transition, and from <see cref="ParserTrainingOptions.ExploreFromEpoch"/>
/// the trainer follows the model's own prediction with <see cref="ParserTrainingOptions.ExploreProbability"/>.
/// Trained on the given training tags (jackknifed tagger output, see <see cref="JackknifeTagger"/>) or gold tags;
/// dev LAS is measured on the tags of <c>tagger</c> when given, and the best epoch is kept.
/// </summary>
public sealed class ParserTrainer
{
    private readonly ParserTrainingOptions _options;

    /// <summary>Creates a trainer.</summary>
    public ParserTrainer(ParserTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>
    /// Trains on <paramref name="train"/> with <paramref name="trainTags"/> (per treebank and sentence; gold tags when
    /// null) and selects on <paramref name="dev"/> (mean LAS).
    /// </summary>
    public TrainingResult<ArcHybridParser> Train(IReadOnlyList<Treebank> train, IReadOnlyList<Treebank> dev, PerceptronTagger? tagger, IReadOnlyList<(string[] Xpos, string[] Upos)[]>? trainTags = null, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        var sentences = train.SelectMany(t => t.Sentences).ToArray();
        var labels = sentences.SelectMany(s => s.Deprels).Append(ParserTransitions.RootLabel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var transitions = new ParserTransitions(labels);
        var labelOf = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var goldHeads = sentences.Select(s => s.Heads.Select(h => h < 0 ? s.Count : h).ToArray()).ToArray();
        var goldLabels = sentences.Select(s => s.Deprels.Select(d => labelOf[d]).ToArray()).ToArray();
        (string[] Xpos, string[] Upos)[] tags = trainTags?.SelectMany(t => t).ToArray() ?? [.. sentences.Select(s => (s.Xpos.ToArray(), s.Upos.ToArray()))];
        if (tags.Length != sentences.Length)
        {
            throw new ArgumentException($"{tags.Length} tagged sentences for {sentences.Length} training sentences", nameof(trainTags));
        }

        var hashes = sentences.Select((s, i) => ParserFeatures.Hash(s.Forms, tags[i].Xpos, tags[i].Upos)).ToArray();

        var perceptron = new AveragedPerceptron(transitions.Count);
        var order = Enumerable.Range(0, sentences.Length).ToArray();
        var features = new ulong[ParserFeatures.MaxFeatures];
        var scores = new float[transitions.Count];
        var costs = new int[transitions.Count];
        ArcHybridParser? best = null;
        double bestScore = double.NegativeInfinity;
        int bestEpoch = 0;
        var bestMetrics = ImmutableSortedDictionary<string, double>.Empty;
        var log = ImmutableArray.CreateBuilder<string>();
        var devTags = dev.Select(d => d.Sentences.Select(s => Tags(tagger, s)).ToArray()).ToArray();
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            var random = new Random(_options.Seed + epoch);
            random.Shuffle(order);
            bool explore = epoch >= _options.ExploreFromEpoch;
            long steps = 0, correct = 0;
            for (int k = 0; k < order.Length; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int s = order[k];
                var (w, t, u) = hashes[s];
                var state = new ArcHybridState(sentences[s].Count);
                while (!state.IsTerminal)
                {
                    int nf = ParserFeatures.Extract(state, w, t, u, features);
                    perceptron.Score(features.AsSpan(0, nf), scores);
                    int guess = transitions.BestLegal(state, scores);
                    ArcHybridOracle.Costs(state, transitions, goldHeads[s], goldLabels[s], costs);
                    int minCost = int.MaxValue;
                    foreach (int c in costs)
                    {
                        minCost = Math.Min(minCost, c);
                    }

                    int gold = guess;
                    if (costs[guess] != minCost)
                    {
                        gold = -1;
                        for (int c = 0; c < costs.Length; c++)
                        {
                            if (costs[c] == minCost && (gold < 0 || scores[c] > scores[gold]))
                            {
                                gold = c;
                            }
                        }
                    }

                    perceptron.Update(features.AsSpan(0, nf), gold, guess);
                    steps++;
                    correct += gold == guess ? 1 : 0;
                    transitions.Apply(state, explore && random.NextDouble() < _options.ExploreProbability ? guess : gold);
                }

                if ((k & 255) == 0)
                {
                    progress?.Report(new TrainingProgress("parser", epoch, _options.Epochs, (double)k / order.Length, null));
                }
            }

            var parser = new ArcHybridParser(transitions, perceptron.Average(_options.PruneBelow, _options.PruneFeaturesBelow));
            var metrics = Evaluate(parser, dev, devTags);
            double score = dev.Average(d => metrics[$"dev.{d.Name}.LAS"]);
            string line = FormattableString.Invariant($"epoch {epoch}: train transitions {100.0 * correct / steps:F2}  ") + TaggerTrainer.Describe(metrics);
            log.Add(line);
            progress?.Report(new TrainingProgress("parser", epoch, _options.Epochs, 1, line));
            if (score > bestScore)
            {
                (best, bestScore, bestEpoch, bestMetrics) = (parser, score, epoch, metrics);
            }
        }

        return new TrainingResult<ArcHybridParser>(best!, bestEpoch, bestMetrics, log.ToImmutable());
    }

    /// <summary>UAS and LAS on each set with the given tags, named <c>{prefix}.{set}.{metric}</c>.</summary>
    public static ImmutableSortedDictionary<string, double> Evaluate(ArcHybridParser parser, IReadOnlyList<Treebank> sets, IReadOnlyList<(string[] Xpos, string[] Upos)[]> tags, string prefix = "dev")
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(tags);
        var result = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        for (int d = 0; d < sets.Count; d++)
        {
            var scorer = new GoldTokenScorer();
            for (int i = 0; i < sets[d].Sentences.Length; i++)
            {
                var s = sets[d].Sentences[i];
                var (heads, deprels) = parser.Predict(s.Forms, tags[d][i].Xpos, tags[d][i].Upos);
                scorer.Add(s, heads: heads, deprels: deprels);
            }

            var scores = scorer.Scores();
            result[$"{prefix}.{sets[d].Name}.UAS"] = scores["UAS"];
            result[$"{prefix}.{sets[d].Name}.LAS"] = scores["LAS"];
        }

        return result.ToImmutable();
    }

    /// <summary>The tags a parser sees for a sentence: the tagger's, or gold when there is no tagger.</summary>
    public static (string[] Xpos, string[] Upos) Tags(PerceptronTagger? tagger, TreebankSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (tagger is null)
        {
            return ([.. sentence.Xpos], [.. sentence.Upos]);
        }

        var split = tagger.Predict(sentence.Forms).Select(c => PerceptronTagger.SplitLabel(tagger.Labels[c])).ToArray();
        return ([.. split.Select(x => x.Xpos)], [.. split.Select(x => x.Upos)]);
    }
}
