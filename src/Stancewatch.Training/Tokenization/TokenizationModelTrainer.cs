using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Models;
using Stancewatch.Nlp.Tokenization;
using Stancewatch.Training.Evaluation;

namespace Stancewatch.Training.Tokenization;

/// <summary>
/// Rebuilds models/tokenizer (the learned <see cref="TokenizerLexicon"/>) and models/sentences (the boundary model of
/// the learned <see cref="SentenceSplitter"/>) from UD English EWT train and GUM permissive train, selecting the
/// splitter's epoch on the raw text of both dev sets (never the test sets). Deterministic for the fixed seed.
/// </summary>
public sealed class TokenizationModelTrainer
{
    /// <summary>The training files under the ud folder.</summary>
    public static ImmutableArray<string> TrainFiles { get; } = ["en_ewt-ud-train.conllu", "en_gum-ud-train.permissive.conllu"];

    /// <summary>The selection files under the ud folder.</summary>
    public static ImmutableArray<string> DevFiles { get; } = ["en_ewt-ud-dev.conllu", "en_gum-ud-dev.permissive.conllu"];

    private const int Epochs = 8;
    private const int Seed = 1;

    /// <summary>Trains both models from <paramref name="ud"/> into <paramref name="models"/>; returns the dev metrics.</summary>
    /// <param name="ud">The folder with the UD CoNLL-U files (../shared/ud).</param>
    /// <param name="models">The models folder; tokenizer/ and sentences/ are (re)written.</param>
    /// <param name="log">Receives one line per step (learned lists, epoch scores).</param>
    /// <exception cref="FileNotFoundException">A training or dev file is missing.</exception>
    public ImmutableSortedDictionary<string, double> Train(string ud, string models, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(ud);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(log);
        foreach (string file in TrainFiles.Concat(DevFiles))
        {
            string path = Path.Combine(ud, file);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: training file not found", path);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var trainingFiles = ImmutableArray.CreateBuilder<TrainingFile>();
        var train = new List<ConlluSentence>();
        foreach (string file in TrainFiles)
        {
            string path = Path.Combine(ud, file);
            var sentences = ConlluReader.ReadFile(path);
            train.AddRange(sentences);
            trainingFiles.Add(new TrainingFile("ud/" + file, "train", ModelDirectory.Sha256Of(path), sentences.Count, sentences.Sum(s => s.Words.Length)));
        }

        var lexicon = new TokenizerTrainer().Train(train, TokenizerLexicon.Default);
        log("Learned " + TokenizerTrainer.Describe(lexicon));

        var dev = new List<(string Corpus, IReadOnlyList<ConlluSentence> Gold)>();
        foreach (string file in DevFiles)
        {
            string path = Path.Combine(ud, file);
            var gold = ConlluReader.ReadFile(path);
            trainingFiles.Add(new TrainingFile("ud/" + file, "dev", ModelDirectory.Sha256Of(path), gold.Count, gold.Sum(s => s.Words.Length)));
            dev.Add((file.StartsWith("en_ewt", StringComparison.Ordinal) ? "en_ewt" : "en_gum", gold));
        }

        var tokenizer = new Tokenizer(lexicon);
        var rulesMetrics = Score(dev, new PipelineBuilder().Add(tokenizer).Add(new SentenceSplitter(lexicon)).Build());
        log(string.Create(CultureInfo.InvariantCulture, $"rules: dev Sentences F1 EWT {rulesMetrics["dev.en_ewt.Sentences"]:F2}, GUM {rulesMetrics["dev.en_gum.Sentences"]:F2}"));

        var trainDocs = ConlluDocumentReader.ToDocuments(train, "train", AnnotationLayers.Tokens | AnnotationLayers.Sentences);
        var boundaryModel = new SentenceSplitterTrainer().Train(trainDocs, lexicon, Epochs, Seed, (epoch, model) =>
        {
            var m = Score(dev, new PipelineBuilder().Add(tokenizer).Add(new SentenceSplitter(lexicon, model)).Build());
            double mean = (m["dev.en_ewt.Sentences"] + m["dev.en_gum.Sentences"]) / 2;
            log(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: dev Sentences F1 EWT {m["dev.en_ewt.Sentences"]:F2}, GUM {m["dev.en_gum.Sentences"]:F2}"));
            return mean;
        });
        var metrics = Score(dev, new PipelineBuilder().Add(tokenizer).Add(new SentenceSplitter(lexicon, boundaryModel)).Build());
        foreach (var (name, value) in metrics)
        {
            log(string.Create(CultureInfo.InvariantCulture, $"{name} F1 {value:F2}"));
        }

        foreach (var (name, value) in rulesMetrics)
        {
            metrics[name.Replace("dev.", "dev.rules.", StringComparison.Ordinal)] = value;
        }

        stopwatch.Stop();
        var card = new ModelCard
        {
            Name = TokenizerLexicon.ModelName,
            Kind = TokenizerLexicon.Kind,
            FormatVersion = TokenizerLexicon.FormatVersion,
            Labels = [],
            TrainingFiles = trainingFiles.ToImmutable(),
            Hyperparameters = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
            {
                ["lists"] = TokenizerTrainer.Describe(lexicon),
            }),
            Metrics = metrics.ToImmutable(),
            Seed = Seed,
            Created = DateTimeOffset.UtcNow,
            TrainingCommand = "stancewatch train-tokenizer --shared ../shared",
            TrainingSeconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 1),
        };
        lexicon.Save(Path.Combine(models, TokenizerLexicon.ModelName), card);
        ModelDirectory.Save(
            Path.Combine(models, SentenceSplitter.ModelName),
            card with
            {
                Name = SentenceSplitter.ModelName,
                Kind = SentenceSplitter.Kind,
                FormatVersion = SentenceSplitter.FormatVersion,
                Labels = SentenceSplitter.Labels,
                Hyperparameters = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
                {
                    ["epochs"] = Epochs.ToString(CultureInfo.InvariantCulture),
                    ["features"] = "rule verdict; forms, shapes and first characters of tokens i-1..i+2; whitespace gap; abbreviation; sentence length so far",
                    ["model"] = "averaged perceptron over every gap between tokens, best epoch by mean dev Sentences F1",
                }),
            },
            boundaryModel.Write);
        log($"Saved {Path.Combine(models, TokenizerLexicon.ModelName)} and {Path.Combine(models, SentenceSplitter.ModelName)}");
        return metrics.ToImmutable();
    }

    private static ImmutableSortedDictionary<string, double>.Builder Score(List<(string Corpus, IReadOnlyList<ConlluSentence> Gold)> dev, Pipeline pipeline)
    {
        var metrics = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (corpus, gold) in dev)
        {
            var run = new UdRunner().Run(pipeline, gold, corpus, UdInput.RawText);
            var evaluation = new UdEvaluator().Evaluate(gold, run.Sentences);
            foreach (string metric in new[] { "Tokens", "Sentences", "Words" })
            {
                metrics[$"dev.{corpus}.{metric}"] = Math.Round(100 * evaluation[metric].F1, 2);
            }
        }

        return metrics;
    }
}
