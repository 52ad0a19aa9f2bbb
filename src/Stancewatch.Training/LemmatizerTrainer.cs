using System.Collections.Immutable;
using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Lemmatization;
using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Training;

/// <summary>
/// Trains <see cref="EditRuleLemmatizer"/> on gold tags: the exception list takes each (form, XPOS) pair's most
/// frequent lemma; the rule classifier learns the edit rule of every word, so that it serves unseen words.
/// Dev selection scores the classifier with and without the exception list.
/// </summary>
public sealed class LemmatizerTrainer
{
    private readonly LemmatizerTrainingOptions _options;

    /// <summary>Creates a trainer.</summary>
    public LemmatizerTrainer(LemmatizerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Trains on <paramref name="train"/> and selects on <paramref name="dev"/>.</summary>
    public TrainingResult<EditRuleLemmatizer> Train(IReadOnlyList<Treebank> train, IReadOnlyList<Treebank> dev, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        var words = train.SelectMany(t => t.Sentences).SelectMany(s => Enumerable.Range(0, s.Count).Select(i => (Form: s.Forms[i], Lemma: s.Lemmas[i], Upos: s.Upos[i], Xpos: s.Xpos[i], Feats: TagClasses.ClassFeats(s.Xpos[i], s.Feats[i]))))
            .Where(w => w.Lemma != "_")
            .ToArray();

        var lexicon = BuildLexicon(words.Select(w => (w.Form, w.Xpos, w.Lemma)).ToArray(), _options.MinFormCount);

        var ruleOf = words.Select(w => EditRule.Learn(w.Form, w.Lemma).ToString()).ToArray();
        var labels = ruleOf.GroupBy(r => r, StringComparer.Ordinal).Where(g => g.Count() >= _options.MinRuleCount).Select(g => g.Key).Order(StringComparer.Ordinal).ToImmutableArray();
        var classOf = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var rules = labels.Select(EditRule.Parse).ToArray();
        var examples = Enumerable.Range(0, words.Length).Where(i => classOf.ContainsKey(ruleOf[i])).ToArray();

        var perceptron = new AveragedPerceptron(labels.Length);
        var features = new ulong[LemmatizerFeatures.MaxFeatures];
        var scores = new float[labels.Length];
        EditRuleLemmatizer? best = null;
        double bestScore = double.NegativeInfinity;
        int bestEpoch = 0;
        var bestMetrics = ImmutableSortedDictionary<string, double>.Empty;
        var log = ImmutableArray.CreateBuilder<string>();
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            new Random(_options.Seed + epoch).Shuffle(examples);
            for (int k = 0; k < examples.Length; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var w = words[examples[k]];
                int n = LemmatizerFeatures.Extract(w.Form, w.Upos, w.Xpos, w.Feats, features);
                perceptron.Score(features.AsSpan(0, n), scores);
                int guess = EditRuleLemmatizer.Best(rules, w.Form, scores);
                perceptron.Update(features.AsSpan(0, n), classOf[ruleOf[examples[k]]], guess);
                if ((k & 4095) == 0)
                {
                    progress?.Report(new TrainingProgress("lemmatizer", epoch, _options.Epochs, (double)k / examples.Length, null));
                }
            }

            var lemmatizer = new EditRuleLemmatizer(labels, perceptron.Average(), lexicon);
            var metrics = Evaluate(lemmatizer, dev);
            double score = dev.Average(d => metrics[$"dev.{d.Name}.Lemmas"] + metrics[$"dev.{d.Name}.LemmasRulesOnly"]);
            string line = FormattableString.Invariant($"epoch {epoch}: ") + TaggerTrainer.Describe(metrics);
            log.Add(line);
            progress?.Report(new TrainingProgress("lemmatizer", epoch, _options.Epochs, 1, line));
            if (score > bestScore)
            {
                (best, bestScore, bestEpoch, bestMetrics) = (lemmatizer, score, epoch, metrics);
            }
        }

        return new TrainingResult<EditRuleLemmatizer>(best!, bestEpoch, bestMetrics, log.ToImmutable());
    }

    /// <summary>
    /// The exception list (each (form, XPOS) pair's most frequent lemma), the forms seen at least
    /// <paramref name="minFormCount"/> times that always had the same lemma, and every lemma.
    /// </summary>
    public static LemmaLexicon BuildLexicon(IReadOnlyList<(string Form, string Xpos, string Lemma)> words, int minFormCount)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tagged = words.GroupBy(w => LemmaLexicon.Key(w.Form, w.Xpos), StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, string>(g.Key, g.GroupBy(w => w.Lemma, StringComparer.Ordinal).OrderByDescending(l => l.Count()).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key));
        var forms = words.GroupBy(w => w.Form, StringComparer.Ordinal)
            .Where(g => g.Count() >= minFormCount && g.All(w => w.Lemma == g.First().Lemma))
            .Select(g => new KeyValuePair<string, string>(g.Key, g.First().Lemma));
        return new LemmaLexicon(tagged, forms, words.Select(w => w.Lemma).Distinct(StringComparer.Ordinal));
    }

    /// <summary>
    /// Lemma accuracy on gold tags, named <c>{prefix}.{set}.Lemmas</c>, and of the rules alone
    /// (<c>LemmasRulesOnly</c>, how the lemmatizer does on words it has not seen).
    /// </summary>
    public static ImmutableSortedDictionary<string, double> Evaluate(EditRuleLemmatizer lemmatizer, IReadOnlyList<Treebank> sets, string prefix = "dev")
    {
        ArgumentNullException.ThrowIfNull(lemmatizer);
        ArgumentNullException.ThrowIfNull(sets);
        var result = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            var full = new GoldTokenScorer();
            var rulesOnly = new GoldTokenScorer();
            foreach (var s in set.Sentences)
            {
                var lemmas = new string[s.Count];
                var ruleLemmas = new string[s.Count];
                for (int i = 0; i < s.Count; i++)
                {
                    lemmas[i] = lemmatizer.Predict(s.Forms[i], s.Upos[i], s.Xpos[i], TagClasses.ClassFeats(s.Xpos[i], s.Feats[i]));
                    ruleLemmas[i] = lemmatizer.PredictWithRules(s.Forms[i], s.Upos[i], s.Xpos[i], TagClasses.ClassFeats(s.Xpos[i], s.Feats[i]));
                }

                full.Add(s, lemmas: lemmas);
                rulesOnly.Add(s, lemmas: ruleLemmas);
            }

            result[$"{prefix}.{set.Name}.Lemmas"] = full.Scores()["Lemmas"];
            result[$"{prefix}.{set.Name}.LemmasRulesOnly"] = rulesOnly.Scores()["Lemmas"];
        }

        return result.ToImmutable();
    }
}
