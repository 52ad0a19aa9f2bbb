using System.Collections.Immutable;
using System.Diagnostics;
using Stancewatch.Nlp.Lemmatization;
using Stancewatch.Nlp.Models;
using Stancewatch.Nlp.Parsing;
using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Training;

/// <summary>
/// Rebuilds the language models from the Universal Dependencies files in the shared folder: EWT train plus GUM
/// (permissive) train for training, EWT dev plus GUM dev for model selection, and the test sets for the report
/// only. Writes <c>tagger/</c>, <c>lemmatizer/</c> and <c>parser/</c> under the output folder, each with
/// model.json, weights.bin and MODEL.md. A component not trained is loaded from the output folder when later ones need it.
/// </summary>
public sealed class PipelineTrainer
{
    /// <summary>Names of the components, in training order.</summary>
    public static readonly ImmutableArray<string> Components = ["tagger", "lemmatizer", "parser"];

    private readonly PipelineTrainingOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates a trainer.</summary>
    public PipelineTrainer(PipelineTrainingOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options;
        _clock = clock;
    }

    /// <summary>Trains the selected components and returns their saved cards.</summary>
    /// <exception cref="FileNotFoundException">A treebank file is missing.</exception>
    public IReadOnlyList<ModelCard> Run(IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        string ud = Path.Combine(_options.SharedDirectory, "ud");
        Treebank Load(string name, string file)
        {
            string path = Path.Combine(ud, file);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: treebank file not found (expected the shared folder's ud/)", path);
            }

            var bank = Treebank.Load(name, path);
            return _options.MaxTrainSentences > 0 && file.Contains("train", StringComparison.Ordinal)
                ? bank with { Sentences = [.. bank.Sentences.Take(_options.MaxTrainSentences)] }
                : bank;
        }

        var train = new[] { Load("en_ewt", "en_ewt-ud-train.conllu"), Load("en_gum", "en_gum-ud-train.permissive.conllu") };
        var rewrites = _options.HarmoniseConventions ? FeatureConventions.Learn(train[0], train[1]).ToRewrites() : FeatureRewrites.None;
        int featureRewrites = rewrites.Count;
        var lemmaConventions = LemmaConventions.Learn(train[0], train[1]);
        int lemmaRewrites = _options.HarmoniseConventions ? lemmaConventions.Count : 0;
        var lemmaTrain = _options.HarmoniseConventions ? [train[0], lemmaConventions.Apply(train[1])] : train;

        var dev = new[] { Load("en_ewt", "en_ewt-ud-dev.conllu"), Load("en_gum", "en_gum-ud-dev.permissive.conllu") };
        var test = new[] { Load("en_ewt", "en_ewt-ud-test.conllu"), Load("en_gum", "en_gum-ud-test.permissive.conllu") };
        var files = train.Select(t => t.Describe("train")).Concat(dev.Select(d => d.Describe("dev (model selection)"))).Concat(test.Select(t => t.Describe("test (reported only)"))).ToImmutableArray();
        var cards = new List<ModelCard>();

        PerceptronTagger? tagger = null;
        if (_options.Includes("tagger"))
        {
            var watch = Stopwatch.StartNew();
            var result = new TaggerTrainer(_options.Tagger).Train(train, dev, progress, cancellationToken);
            tagger = result.Model.WithRewrites(rewrites);
            var metrics = result.Metrics.AddRange(TaggerTrainer.Evaluate(tagger, test, "test"));
            var hyper = _options.Tagger.Describe().Add("featureConventions", featureRewrites > 0 ? $"output rewritten to EWT conventions where GUM train differs ({featureRewrites} rewrites)" : "as annotated");
            var card = Card("tagger", files, _options.Tagger.Seed, hyper, metrics, watch.Elapsed, result);
            cards.Add(Save(card, result.EpochLog, d => tagger.Save(d, card), ModelDescriptions.Tagger(tagger, featureRewrites)));
        }
        else if (Directory.Exists(Dir("tagger")))
        {
            tagger = PerceptronTagger.Load(Dir("tagger"));
        }

        if (_options.Includes("lemmatizer"))
        {
            var watch = Stopwatch.StartNew();
            var result = new LemmatizerTrainer(_options.Lemmatizer).Train(lemmaTrain, dev, progress, cancellationToken);
            var lemmatizer = result.Model;
            var metrics = result.Metrics
                .AddRange(LemmatizerTrainer.Evaluate(lemmatizer, test, "test.goldtags"))
                .AddRange(PipelineEvaluator.Evaluate(tagger, lemmatizer, null, dev, "tagged.dev").Where(m => m.Key.EndsWith(".Lemmas", StringComparison.Ordinal)))
                .AddRange(PipelineEvaluator.Evaluate(tagger, lemmatizer, null, test, "test").Where(m => m.Key.EndsWith(".Lemmas", StringComparison.Ordinal)));
            var hyper = _options.Lemmatizer.Describe().Add("lemmaConventions", lemmaRewrites > 0 ? $"GUM train lemmas rewritten to EWT conventions ({lemmaRewrites} form/XPOS pairs)" : "as annotated");
            var card = Card("lemmatizer", files, _options.Lemmatizer.Seed, hyper, metrics, watch.Elapsed, result);
            cards.Add(Save(card, result.EpochLog, d => lemmatizer.Save(d, card), ModelDescriptions.Lemmatizer(lemmatizer)));
        }

        if (_options.Includes("parser"))
        {
            var watch = Stopwatch.StartNew();
            var trainTags = _options.Parser.JackknifeFolds > 1
                ? new JackknifeTagger(_options.Tagger with { Epochs = _options.Parser.JackknifeEpochs }, _options.Parser.JackknifeFolds, _options.Parser.JackknifeThreads).Tag(train, progress, cancellationToken)
                : null;
            var result = new ParserTrainer(_options.Parser).Train(train, dev, tagger, trainTags, progress, cancellationToken);
            var parser = result.Model;
            var lemmatizer = Directory.Exists(Dir("lemmatizer")) ? EditRuleLemmatizer.Load(Dir("lemmatizer")) : null;
            var metrics = result.Metrics
                .AddRange(PipelineEvaluator.Evaluate(tagger, lemmatizer, parser, dev, "pipeline.dev"))
                .AddRange(PipelineEvaluator.Evaluate(tagger, lemmatizer, parser, test, "pipeline.test"));
            var card = Card("parser", files, _options.Parser.Seed, _options.Parser.Describe(), metrics, watch.Elapsed, result);
            cards.Add(Save(card, result.EpochLog, d => parser.Save(d, card), ModelDescriptions.Parser(parser, tagger != null, _options.Parser)));
        }

        return cards;
    }

    private string Dir(string name) => Path.Combine(_options.OutputDirectory, name);

    private ModelCard Card<T>(string name, ImmutableArray<TrainingFile> files, int seed, ImmutableSortedDictionary<string, string> hyper, ImmutableSortedDictionary<string, double> metrics, TimeSpan elapsed, TrainingResult<T> result) => new()
    {
        Name = name,
        Kind = "",
        FormatVersion = 0,
        Labels = [],
        TrainingFiles = files,
        Seed = seed,
        Hyperparameters = hyper.Add("bestEpoch", result.BestEpoch.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("maxTrainSentences", _options.MaxTrainSentences.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Metrics = metrics,
        Created = _clock.GetUtcNow(),
        TrainingCommand = _options.Command,
        CodeCommit = _options.CodeCommit,
        TrainingSeconds = Math.Round(elapsed.TotalSeconds, 1),
    };

    private ModelCard Save(ModelCard card, ImmutableArray<string> epochLog, Func<string, ModelCard> save, string description)
    {
        string dir = Dir(card.Name);
        var saved = save(dir);
        File.WriteAllText(Path.Combine(dir, "MODEL.md"), ModelCardMarkdown.Render(saved, description, epochLog));
        return saved;
    }
}
