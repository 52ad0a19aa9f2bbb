using Stancewatch.Nlp;
using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Tokenization;

namespace Stancewatch.Training.Tokenization;

/// <summary>
/// Trains the boundary model of the learned <see cref="SentenceSplitter"/>: an averaged perceptron over every gap
/// between tokens of gold documents (rebuilt text, gold tokens and sentences), with the rules' verdict among the
/// features. Gaps at paragraph breaks and inside multiword tokens are not candidates. Deterministic for a seed.
/// </summary>
public sealed class SentenceSplitterTrainer
{
    /// <summary>Trains for <paramref name="epochs"/> passes; <paramref name="onEpoch"/> sees each epoch's averaged model and returns its dev score.</summary>
    /// <returns>The averaged model of the epoch with the best dev score.</returns>
    public PerceptronModel Train(
        IReadOnlyList<AnnotatedDocument> documents,
        TokenizerLexicon lexicon,
        int epochs,
        int seed,
        Func<int, PerceptronModel, double> onEpoch)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(onEpoch);
        var rules = new SentenceSplitter(lexicon);
        var perceptron = new AveragedPerceptron(SentenceSplitter.Labels.Length);
        var random = new Random(seed);
        var order = Enumerable.Range(0, documents.Count).ToArray();
        Span<ulong> features = stackalloc ulong[SentenceBoundaryFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[2];
        PerceptronModel? best = null;
        double bestScore = double.NegativeInfinity;

        // The rules' verdicts do not change between epochs.
        var verdicts = documents.Select(d => Enumerable.Range(0, Math.Max(0, d.TokenCount - 1)).Select(i => rules.IsRuleBoundaryAfter(d, i)).ToArray()).ToArray();
        var keys = documents.Select(d => new SentenceBoundaryFeatures(d, lexicon)).ToArray();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int di in order)
            {
                var doc = documents[di];
                var starts = new HashSet<int>(doc.SentenceStarts);
                int last = 0;
                for (int i = 0; i < doc.TokenCount - 1; i++)
                {
                    if (doc.ContinuesMultiword(i) || SentenceSplitter.IsParagraphBreak(doc, i))
                    {
                        if (starts.Contains(i + 1))
                        {
                            last = i + 1;
                        }

                        continue;
                    }

                    int count = keys[di].Extract(i, verdicts[di][i], i + 1 - last, features);
                    perceptron.Score(features[..count], scores);
                    int guess = scores[1] > scores[0] ? 1 : 0;
                    int truth = starts.Contains(i + 1) ? SentenceBoundaryFeatures.Boundary : SentenceBoundaryFeatures.Continue;
                    perceptron.Update(features[..count], truth, guess);
                    if (truth == SentenceBoundaryFeatures.Boundary)
                    {
                        last = i + 1;
                    }
                }
            }

            var model = perceptron.Average();
            double score = onEpoch(epoch, model);
            if (score > bestScore)
            {
                bestScore = score;
                best = model;
            }
        }

        return best ?? perceptron.Average();
    }
}
