using System.Collections.Immutable;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Entities;
using Stancewatch.Nlp.Learning;

namespace Stancewatch.Training.Entities;

/// <summary>
/// Trains an <see cref="EntityModel"/>: a structured averaged perceptron (Collins 2002) over BILOU tags with
/// Viterbi decoding, shuffled in a seeded order each epoch. The gazetteer lexicon of a training sentence is
/// learned from the other folds, so the model cannot lean on a word class that its own sentence created.
/// When selection sentences are given, the averaged weights of the epoch scoring best on them (each document made
/// consistent by <see cref="EntityPropagator"/>, as at run time) are kept. A sentence with open ranges
/// (<see cref="NerSentence.OpenRanges"/>, weak supervision) is learned from its known labels only, and a weak sentence
/// stays out of the gazetteer.
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
    /// <param name="resources">Word clusters, known names and the selection sentences' tags, when used.</param>
    /// <exception cref="ArgumentException">No training sentence.</exception>
    public NerTrainingResult Train(
        IReadOnlyList<NerSentence> train,
        IReadOnlyList<NerSentence> selection,
        WordLexicon properNouns,
        IReadOnlyList<IReadOnlyList<string>>? trainTags = null,
        IProgress<NerEpoch>? progress = null,
        NerResources? resources = null)
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
        var clusters = resources?.Clusters ?? WordLexicon.Empty;
        var names = resources?.Names ?? PhraseLexicon.Empty;
        var fold = GazetteerFoldOf(train, folds);
        var gazetteer = NerLexicons.Gazetteer(train.Where(s => !s.Weak));
        var foldExtractors = new EntityFeatureExtractor[folds];
        for (int k = 0; k < folds; k++)
        {
            var lexicon = folds == 1 ? gazetteer : NerLexicons.Gazetteer(train.Where((s, i) => fold[i] != k && !s.Weak));
            foldExtractors[k] = new EntityFeatureExtractor(properNouns, lexicon, _options.UseTags, clusters, names);
        }

        var trainFeatures = new ulong[train.Count][][];
        var gold = new int[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            trainFeatures[s] = foldExtractors[fold[s]].Extract(train[s].Forms, trainTags?[s]);
            gold[s] = scheme.Encode(train[s].Forms.Length, train[s].Entities);
        }

        var finalExtractor = new EntityFeatureExtractor(properNouns, gazetteer, _options.UseTags, clusters, names);
        var selectionTags = resources?.SelectionTags;
        var selectionFeatures = selection.Select((s, i) => finalExtractor.Extract(s.Forms, selectionTags?[i])).ToArray();

        var selectionDocuments = NerDocuments.Runs(selection);
        var perceptron = new AveragedPerceptron(t);
        var transitions = new LazyAveragedMatrix((t + 1) * t);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(_options.Seed);
        var epochs = ImmutableArray.CreateBuilder<NerEpoch>();
        PerceptronModel? bestWeights = null;
        float[]? bestTransitions = null;
        double bestF1 = double.NegativeInfinity;
        int bestEpoch = 0;
        var scores = new float[t];
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

                var emissions = new float[n * t];
                for (int i = 0; i < n; i++)
                {
                    perceptron.Score(feats[i], emissions.AsSpan(i * t, t));
                }

                var pred = ViterbiDecoder.Decode(scheme, emissions, transitions.Current, n);
                var g = train[s].OpenRanges.IsDefaultOrEmpty ? gold[s] : Complete(scheme, emissions, transitions.Current, gold[s], train[s].OpenRanges);
                bool wrong = false;
                for (int i = 0; i < n; i++)
                {
                    int pg = i > 0 ? g[i - 1] : -1, pp = i > 0 ? pred[i - 1] : -1;
                    if (g[i] != pred[i] || pg != pp)
                    {
                        wrong = true;
                        transitions.Add(((pg + 1) * t) + g[i], 1f, perceptron.Steps);
                        transitions.Add(((pp + 1) * t) + pred[i], -1f, perceptron.Steps);
                    }

                    perceptron.Update(feats[i], g[i], pred[i]);
                }

                mistakes += wrong ? 1 : 0;
            }

            var weights = perceptron.Average();
            var averagedTransitions = transitions.Average(perceptron.Steps);
            NerScore? score = null;
            if (selection.Count > 0)
            {
                var found = selectionFeatures
                    .Select(feats => scheme.Decode(ViterbiDecoder.Decode(scheme, EntityModel.Emissions(weights, feats, t), averagedTransitions, feats.Length)))
                    .ToArray();
                var predicted = new List<IReadOnlyList<EntityMention>>(selection.Count);
                foreach (var (first, count) in selectionDocuments)
                {
                    var forms = selection.Skip(first).Take(count).Select(x => (IReadOnlyList<string>)x.Forms).ToList();
                    predicted.AddRange(EntityPropagator.Propagate(forms, found[first..(first + count)]).Select(m => (IReadOnlyList<EntityMention>)m));
                }

                score = NerScorer.Score([.. selection.Select(s => (IReadOnlyList<EntityMention>)s.Entities)], predicted);
            }

            var record = new NerEpoch(epoch, mistakes, train.Count, score);
            epochs.Add(record);
            progress?.Report(record);
            double f1 = score?.Micro.F1 ?? epoch;
            if (f1 > bestF1)
            {
                bestF1 = f1;
                bestWeights = weights;
                bestTransitions = averagedTransitions;
                bestEpoch = epoch;
            }
        }

        var model = new EntityModel(scheme, properNouns, gazetteer, _options.UseTags, bestWeights!, bestTransitions!, clusters, names);
        return new NerTrainingResult(model, bestEpoch, epochs.ToImmutable());
    }

    // The best-scoring labelling that keeps the known labels outside the open ranges (learning from partial labels,
    // as in Tsuboi et al. 2008): the update then only moves the weights where the known labels disagree.
    private static int[] Complete(BilouScheme scheme, float[] emissions, ReadOnlySpan<float> transitions, int[] known, ImmutableArray<(int First, int End)> open)
    {
        int t = scheme.Count;
        int n = known.Length;
        var masked = (float[])emissions.Clone();
        var free = new bool[n];
        foreach (var (first, end) in open)
        {
            for (int i = first; i < end && i < n; i++)
            {
                free[i] = true;
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (!free[i])
            {
                for (int tag = 0; tag < t; tag++)
                {
                    if (tag != known[i])
                    {
                        masked[(i * t) + tag] = -1e9f;
                    }
                }
            }
        }

        return ViterbiDecoder.Decode(scheme, masked, transitions, n);
    }

    // The gazetteer fold of each sentence: by its first occurrence, so that a sentence given twice (an in-domain
    // sentence weighted up) never sees a lexicon built from its own copy.
    private static int[] GazetteerFoldOf(IReadOnlyList<NerSentence> train, int folds)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var fold = new int[train.Count];
        for (int i = 0; i < train.Count; i++)
        {
            fold[i] = (first.TryAdd(train[i].Source, i) ? i : first[train[i].Source]) % folds;
        }

        return fold;
    }

}
