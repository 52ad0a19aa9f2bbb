using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Stancewatch.Knowledge.Actors;
using Stancewatch.Knowledge.Phoenix;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Entities;
using Stancewatch.Nlp.Models;
using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Training.Entities;

/// <summary>
/// Builds <c>models/ner</c> from the shared data as DATA.md prescribes: GUM permissive train and dev entity
/// annotations plus Universal NER EWT dev for training, the proper-noun lexicon from UD EWT train and GUM train, and
/// Universal NER EWT test for the report only. Two stages: the epoch is chosen by cross-validation over the uner dev
/// documents, then the model is retrained on all training data for that many epochs.
/// Writes model.json, weights.bin and MODEL.md.
/// </summary>
public sealed class NerTrainingRun
{
    /// <summary>Name of the model directory.</summary>
    public const string ModelName = "ner";

    private readonly NerTrainingRunOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates the run.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two selection folds, or no in-domain repeat.</exception>
    public NerTrainingRun(NerTrainingRunOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SelectionFolds, 2, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.InDomainRepeats, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WeakEvery, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TeacherEpochs, 1, nameof(options));
        _options = options;
        _clock = clock;
    }

    /// <summary>Trains, scores and saves; returns the saved card.</summary>
    /// <exception cref="FileNotFoundException">A data file is missing.</exception>
    /// <exception cref="FormatException">A data file is malformed (file and line named).</exception>
    public ModelCard Run(IProgress<TrainingProgress>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        string gumTrainPath = Require("ud", "en_gum-ud-train.permissive.conllu");
        string gumDevPath = Require("ud", "en_gum-ud-dev.permissive.conllu");
        string ewtTrainPath = Require("ud", "en_ewt-ud-train.conllu");
        string unerDevPath = Require("ner", "uner_en_ewt-dev.iob2");
        string unerTestPath = Require("ner", "uner_en_ewt-test.iob2");
        string? groupsPath = _options.ActorsDirectory is null || _options.PhoenixDirectory is not { } phoenix ? null : RequireFile(Path.Combine(phoenix, "Phoenix.MilNonState.actors.txt"));

        var gumTrain = GumEntityReader.ReadFile(gumTrainPath);
        var gumDev = GumEntityReader.ReadFile(gumDevPath);
        var unerDev = Iob2Reader.ReadFile(unerDevPath);
        var unerTest = Iob2Reader.ReadFile(unerTestPath);
        var ewtTrain = ConlluReader.ReadFile(ewtTrainPath);
        var gumTrainUd = ConlluReader.ReadFile(gumTrainPath);
        var properNouns = NerLexicons.ProperNouns(ewtTrain.Concat(gumTrainUd));
        var options = _options.Trainer.Validate();
        var log = ImmutableArray.CreateBuilder<string>();
        var clusters = WordLexicon.Empty;
        if (_options.ClusterClasses > 0)
        {
            // Unlabelled text of the training splits only: EWT train, GUM train and dev, uner dev.
            var text = ewtTrain.Select(s => (IReadOnlyList<string>)[.. s.Words.Select(w => w.Form)])
                .Concat(gumTrain.Concat(gumDev).Concat(unerDev).Select(s => (IReadOnlyList<string>)s.Forms));
            clusters = new WordClusterer(_options.ClusterClasses).Cluster(text);
            log.Add(FormattableString.Invariant($"word clusters: {clusters.Count} words in {_options.ClusterClasses} classes"));
        }

        var names = _options.ActorsDirectory is { } actors ? KnownNames.From(new ActorRegistryLoader().Load(actors, PhoenixGroups(groupsPath)), properNouns) : PhraseLexicon.Empty;
        var tagger = options.UseTags ? PerceptronTagger.Load(Path.Combine(_options.OutputDirectory, "tagger")) : null;

        var resources = new NerResources(clusters, names);
        var (epochs, heldOutScore) = SelectEpochs(gumTrain.Concat(gumDev).ToList(), unerDev, ewtTrain, properNouns, options, resources, tagger, log, progress);

        var allTrain = gumTrain.Concat(gumDev).Concat(Repeat(unerDev)).ToList();
        var silver = Silver(allTrain, ewtTrain, properNouns, options, resources, tagger);
        if (silver.Count > 0)
        {
            log.Add(FormattableString.Invariant($"weak supervision: {silver.Count} EWT train sentences, {silver.Sum(x => x.Entities.Length)} silver mentions, {silver.Sum(x => x.OpenRanges.Length)} open proper-noun runs"));
            allTrain.AddRange(silver);
        }

        var final = new NerTrainer(options with { Epochs = epochs }).Train(
            allTrain, [], properNouns, Tags(tagger, allTrain), Report("ner final", epochs, log, progress), new NerResources(clusters, names));
        var model = final.Model;
        var testScore = Evaluate(model, unerTest, tagger);
        watch.Stop();

        var metrics = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        AddMetrics(metrics, "dev.uner_cv", heldOutScore);
        AddMetrics(metrics, "test.uner_en_ewt", testScore);
        var hyper = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        hyper["maxEpochs"] = options.Epochs.ToString(CultureInfo.InvariantCulture);
        hyper["bestEpoch"] = epochs.ToString(CultureInfo.InvariantCulture);
        hyper["gazetteerFolds"] = options.GazetteerFolds.ToString(CultureInfo.InvariantCulture);
        hyper["useTags"] = options.UseTags ? "true" : "false";
        hyper["clusterClasses"] = _options.ClusterClasses.ToString(CultureInfo.InvariantCulture);
        hyper["knownNames"] = names.Count.ToString(CultureInfo.InvariantCulture);
        hyper["knownNamesFrom"] = _options.ActorsDirectory is null ? "none" : groupsPath is null ? "data/actors" : "data/actors + Phoenix.MilNonState groups";
        hyper["inDomainRepeats"] = _options.InDomainRepeats.ToString(CultureInfo.InvariantCulture);
        hyper["types"] = string.Join(',', options.Types);
        hyper["weakSupervision"] = _options.WeakSupervision is { } weak
            ? FormattableString.Invariant($"EWT train every {_options.WeakEvery}th sentence; first model {_options.TeacherEpochs} epochs; snap {weak.SnapToRuns}, open runs {weak.OpenUnlabelledRuns}")
            : "none";
        hyper["selectionFolds"] = _options.SelectionFolds.ToString(CultureInfo.InvariantCulture);
        hyper["features"] = model.Weights.FeatureCount.ToString(CultureInfo.InvariantCulture);
        hyper["weights"] = model.Weights.WeightCount.ToString(CultureInfo.InvariantCulture);

        var files = ImmutableArray.Create(
            Describe(gumTrainPath, "train (GUM entities)", gumTrain),
            Describe(gumDevPath, "train (GUM entities)", gumDev),
            Describe(unerDevPath, $"train; {_options.SelectionFolds}-fold cross-validation over its documents chose the epoch", unerDev),
            new TrainingFile(ewtTrainPath, EwtRole(), ModelDirectory.Sha256Of(ewtTrainPath), ewtTrain.Count, ewtTrain.Sum(s => s.Words.Length)),
            Describe(unerTestPath, "test (reported only)", unerTest));
        if (groupsPath is not null)
        {
            files = files.Add(new TrainingFile(groupsPath, "known names (non-state groups)", ModelDirectory.Sha256Of(groupsPath), 0, 0));
        }

        var card = new ModelCard
        {
            Name = ModelName,
            Kind = EntityModelFormat.Kind,
            FormatVersion = EntityModelFormat.Version,
            Labels = model.Scheme.Tags,
            TrainingFiles = [.. files.Select(f => f with { Path = Path.GetRelativePath(_options.SharedDirectory, f.Path) })],
            Seed = options.Seed,
            Hyperparameters = hyper.ToImmutable(),
            Metrics = metrics.ToImmutable(),
            Created = _clock.GetUtcNow(),
            TrainingCommand = _options.Command,
            CodeCommit = _options.CodeCommit,
            TrainingSeconds = Math.Round(watch.Elapsed.TotalSeconds, 1),
        };
        string dir = Path.Combine(_options.OutputDirectory, ModelName);
        var saved = EntityModelFormat.Save(dir, model, card);
        File.WriteAllText(Path.Combine(dir, "MODEL.md"), NerModelCardMarkdown.Render(saved, testScore, heldOutScore, log.ToImmutable()));
        return saved;
    }

    private string EwtRole()
    {
        var roles = new List<string> { "proper-noun lexicon (UPOS counts)" };
        if (_options.ClusterClasses > 0)
        {
            roles.Add("word-cluster text (forms)");
        }

        if (_options.WeakSupervision is not null)
        {
            roles.Add(FormattableString.Invariant($"silver training sentences (every {_options.WeakEvery}th: a first model's types on gold PROPN runs)"));
        }

        return string.Join("; ", roles);
    }

    // A first model trained on exactly the sentences the second one will see labels EWT train (which neither has
    // seen), and the gold proper-noun runs fix what it may keep (SilverEntityLabeler).
    private List<NerSentence> Silver(
        IReadOnlyList<NerSentence> train,
        IReadOnlyList<ConlluSentence> ewtTrain,
        WordLexicon properNouns,
        NerTrainerOptions options,
        NerResources resources,
        PerceptronTagger? tagger)
    {
        if (_options.WeakSupervision is not { } weak)
        {
            return [];
        }

        var teacher = new NerTrainer(options with { Epochs = _options.TeacherEpochs }).Train(train, [], properNouns, Tags(tagger, train), null, resources).Model;
        return [.. SilverEntityLabeler.Label(teacher, ewtTrain, weak, "en_ewt-ud-train.conllu").Where((_, i) => i % _options.WeakEvery == 0)];
    }

    /// <summary>
    /// Runs <paramref name="model"/> on the gold tokens of <paramref name="gold"/> (tagged by <paramref name="tagger"/>
    /// when the model uses tags), makes each document consistent as <see cref="EntityRecognizer"/> does
    /// (<see cref="EntityPropagator"/>) and scores exact spans.
    /// </summary>
    public static NerScore Evaluate(EntityModel model, IReadOnlyList<NerSentence> gold, PerceptronTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gold);
        var tags = model.UseTags ? Tags(tagger, gold) : null;
        var found = gold.Select((s, i) => model.Predict(s.Forms, tags?[i])).ToArray();
        var predicted = new List<IReadOnlyList<EntityMention>>(gold.Count);
        foreach (var (first, count) in NerDocuments.Runs(gold))
        {
            var forms = gold.Skip(first).Take(count).Select(s => (IReadOnlyList<string>)s.Forms).ToList();
            predicted.AddRange(EntityPropagator.Propagate(forms, found[first..(first + count)]).Select(m => (IReadOnlyList<EntityMention>)m));
        }

        return NerScorer.Score([.. gold.Select(s => (IReadOnlyList<EntityMention>)s.Entities)], predicted);
    }

    /// <summary>The UPOS tags <paramref name="tagger"/> gives each sentence, or null without a tagger.</summary>
    public static IReadOnlyList<IReadOnlyList<string>>? Tags(PerceptronTagger? tagger, IReadOnlyList<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return tagger is null ? null : [.. sentences.Select(s => (IReadOnlyList<string>)[.. tagger.Predict(s.Forms).Select(t => PerceptronTagger.SplitLabel(tagger.Labels[t]).Upos)])];
    }

    // Only the non-state groups: Phoenix's country-name variants hold adjectives and provinces ("Afghan", "Ghor")
    // that lowered held-out F1, and its people are matched too rarely to help (docs/decisions/0012-ner-accuracy.md).
    private static PhoenixImport? PhoenixGroups(string? path) =>
        path is null ? null : new PhoenixImport([], [], []) { Groups = new PhoenixDictionaryReader().ReadGroups(path) };

    private IEnumerable<NerSentence> Repeat(IEnumerable<NerSentence> sentences) =>
        Enumerable.Range(0, _options.InDomainRepeats).SelectMany(_ => sentences);

    private static void AddMetrics(ImmutableSortedDictionary<string, double>.Builder metrics, string prefix, NerScore score)
    {
        metrics[prefix + ".micro.F1"] = Math.Round(100 * score.Micro.F1, 2);
        metrics[prefix + ".micro.P"] = Math.Round(100 * score.Micro.Precision, 2);
        metrics[prefix + ".micro.R"] = Math.Round(100 * score.Micro.Recall, 2);
        foreach (var t in score.ByType)
        {
            metrics[prefix + "." + t.Label + ".F1"] = Math.Round(100 * t.F1, 2);
        }
    }

    /// <summary>
    /// Cross-validation over the uner dev documents (contiguous blocks of documents): for each fold, trains on
    /// <paramref name="outOfDomain"/> and the other folds and scores every epoch on the fold; returns the epoch with the
    /// best pooled micro F1 and its pooled score.
    /// </summary>
    private (int Epoch, NerScore Score) SelectEpochs(
        List<NerSentence> outOfDomain,
        IReadOnlyList<NerSentence> unerDev,
        IReadOnlyList<ConlluSentence> ewtTrain,
        WordLexicon properNouns,
        NerTrainerOptions options,
        NerResources resources,
        PerceptronTagger? tagger,
        ImmutableArray<string>.Builder log,
        IProgress<TrainingProgress>? progress)
    {
        var documents = NerDocuments.Runs(unerDev);
        int folds = _options.SelectionFolds;
        var perFold = new List<ImmutableArray<NerEpoch>>();
        for (int k = 0; k < folds; k++)
        {
            var inFold = documents.Where((_, d) => d * folds / documents.Count == k).SelectMany(r => Enumerable.Range(r.First, r.Count)).ToHashSet();
            var train = outOfDomain.Concat(Repeat(unerDev.Where((_, i) => !inFold.Contains(i)))).ToList();
            var heldOut = unerDev.Where((_, i) => inFold.Contains(i)).ToList();
            train.AddRange(Silver(train, ewtTrain, properNouns, options, resources, tagger));
            var result = new NerTrainer(options).Train(
                train, heldOut, properNouns, Tags(tagger, train), Report($"ner selection fold {k + 1}/{folds}", options.Epochs, null, progress), resources with { SelectionTags = Tags(tagger, heldOut) });
            perFold.Add(result.Epochs);
        }

        int best = 0;
        NerScore? bestScore = null;
        for (int e = 0; e < options.Epochs; e++)
        {
            var pooled = NerScorer.Pool([.. perFold.Select(f => f[e].Selection!)]);
            log.Add(FormattableString.Invariant($"ner selection epoch {e + 1}: pooled held-out micro F1 {100 * pooled.Micro.F1:F2} ({string.Join(", ", pooled.ByType.Select(t => FormattableString.Invariant($"{t.Label} {100 * t.F1:F2}")))})"));
            if (bestScore is null || pooled.Micro.F1 > bestScore.Micro.F1)
            {
                best = e + 1;
                bestScore = pooled;
            }
        }

        log.Add(FormattableString.Invariant($"selection: best epoch {best} ({folds}-fold uner dev pooled held-out micro F1 {100 * bestScore!.Micro.F1:F2})"));
        return (best, bestScore);
    }

    private static TrainingFile Describe(string path, string role, IReadOnlyList<NerSentence> sentences) =>
        new(path, role, ModelDirectory.Sha256Of(path), sentences.Count, sentences.Sum(s => s.Forms.Length));

    private static IProgress<NerEpoch> Report(string stage, int epochs, ImmutableArray<string>.Builder? log, IProgress<TrainingProgress>? progress) =>
        new NerEpochReporter(e =>
        {
            string line = e.Selection is { } s
                ? FormattableString.Invariant($"epoch {e.Epoch}: {e.Mistakes}/{e.Sentences} sentences wrong; held-out micro F1 {100 * s.Micro.F1:F2} ({string.Join(", ", s.ByType.Select(t => FormattableString.Invariant($"{t.Label} {100 * t.F1:F2}")))})")
                : FormattableString.Invariant($"epoch {e.Epoch}: {e.Mistakes}/{e.Sentences} sentences wrong");
            log?.Add(stage + " " + line);
            progress?.Report(new TrainingProgress(stage, e.Epoch, epochs, 1.0, line));
        });

    private static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{path}: data file not found", path);

    private string Require(string folder, string file)
    {
        string path = Path.Combine(_options.SharedDirectory, folder, file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path}: data file not found (expected the shared folder's {folder}/)", path);
    }

    private sealed class NerEpochReporter(Action<NerEpoch> report) : IProgress<NerEpoch>
    {
        public void Report(NerEpoch value) => report(value);
    }
}
