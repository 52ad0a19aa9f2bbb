using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Training;

/// <summary>
/// Tags every training sentence with a tagger that never saw it (jackknifing): sentence i goes to fold
/// i mod k, and each fold is tagged by a tagger trained on the other folds. A parser trained on these tags
/// meets the same kind of tagging errors in training as at run time. Folds train in parallel; each is
/// deterministic, so the tags do not depend on the number of threads.
/// </summary>
public sealed class JackknifeTagger
{
    private readonly TaggerTrainingOptions _options;
    private readonly int _folds;
    private readonly int _threads;

    /// <summary>Creates a jackknife of <paramref name="folds"/> taggers trained with <paramref name="options"/> on up to <paramref name="threads"/> threads.</summary>
    public JackknifeTagger(TaggerTrainingOptions options, int folds, int threads)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _options = options;
        _folds = folds;
        _threads = threads;
    }

    /// <summary>The predicted XPOS and UPOS of each sentence of each treebank in <paramref name="train"/>, in the same order.</summary>
    public (string[] Xpos, string[] Upos)[][] Tag(IReadOnlyList<Treebank> train, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        var sentences = train.SelectMany(t => t.Sentences).ToArray();
        var tags = new (string[] Xpos, string[] Upos)[sentences.Length];
        int done = 0;
        var gate = new Lock();
        Parallel.For(0, _folds, new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellationToken }, fold =>
        {
            var rest = new Treebank($"fold{fold}", "", [.. sentences.Where((_, i) => i % _folds != fold)]);
            var tagger = new TaggerTrainer(_options).Train([rest], [], null, cancellationToken).Model;
            for (int i = fold; i < sentences.Length; i += _folds)
            {
                tags[i] = ParserTrainer.Tags(tagger, sentences[i]);
            }

            lock (gate)
            {
                done++;
                progress?.Report(new TrainingProgress("parser tags (jackknife)", done, _folds, 0, $"fold {fold + 1} of {_folds} tagged"));
            }
        });

        var result = new (string[] Xpos, string[] Upos)[train.Count][];
        int next = 0;
        for (int t = 0; t < train.Count; t++)
        {
            result[t] = tags[next..(next + train[t].Sentences.Length)];
            next += train[t].Sentences.Length;
        }

        return result;
    }
}
