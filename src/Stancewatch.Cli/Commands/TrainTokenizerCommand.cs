using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Models;
using Stancewatch.Nlp.Tokenization;
using Stancewatch.Training.Evaluation;
using Stancewatch.Training.Tokenization;

namespace Stancewatch.Cli.Commands;

/// <summary>
/// <c>stancewatch train-tokenizer</c>: learns the tokenizer lexicon and the sentence boundary model from EWT train and
/// GUM (permissive) train, scores both on the raw text of the dev sets, and saves models/tokenizer and models/sentences.
/// </summary>
public static class TrainTokenizerCommand
{
    /// <summary>The training files under ../shared/ud.</summary>
    public static ImmutableArray<string> TrainFiles { get; } = ["en_ewt-ud-train.conllu", "en_gum-ud-train.permissive.conllu"];

    /// <summary>The selection files under ../shared/ud.</summary>
    public static ImmutableArray<string> DevFiles { get; } = ["en_ewt-ud-dev.conllu", "en_gum-ud-dev.permissive.conllu"];

    private const int Epochs = 8;
    private const int Seed = 1;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var shared = new Option<DirectoryInfo?>("--shared") { Description = "The shared data folder (default: ../shared beside the repository)." };
        var models = new Option<DirectoryInfo?>("--models") { Description = "Models directory to write into (default: the repository's models/)." };
        var command = new Command(
            "train-tokenizer",
            "Learn the tokenizer lexicon (abbreviations, hyphenated words, multiword tokens) from UD English EWT and GUM train; report dev scores.\n"
            + "Example: stancewatch train-tokenizer --shared ../shared");
        command.Options.Add(shared);
        command.Options.Add(models);
        command.SetAction(parseResult => Run(parseResult.GetValue(shared), parseResult.GetValue(models)));
        return command;
    }

    private static int Run(DirectoryInfo? sharedDir, DirectoryInfo? modelsDir)
    {
        string models;
        try
        {
            models = UdPipelines.ModelsDirectory(modelsDir);
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        string ud = Path.Combine(sharedDir?.FullName ?? Path.Combine(Path.GetDirectoryName(models)!, "..", "shared"), "ud");
        var missing = TrainFiles.Concat(DevFiles).Select(f => Path.Combine(ud, f)).Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"{missing[0]}: training file not found (pass --shared)");
            return 2;
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
        AnsiConsole.WriteLine("Learned " + TokenizerTrainer.Describe(lexicon));

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
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rules: dev Sentences F1 EWT {rulesMetrics["dev.en_ewt.Sentences"]:F2}, GUM {rulesMetrics["dev.en_gum.Sentences"]:F2}"));

        var trainDocs = ConlluDocumentReader.ToDocuments(train, "train", AnnotationLayers.Tokens | AnnotationLayers.Sentences);
        var boundaryModel = new SentenceSplitterTrainer().Train(trainDocs, lexicon, Epochs, Seed, (epoch, model) =>
        {
            var m = Score(dev, new PipelineBuilder().Add(tokenizer).Add(new SentenceSplitter(lexicon, model)).Build());
            double mean = (m["dev.en_ewt.Sentences"] + m["dev.en_gum.Sentences"]) / 2;
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: dev Sentences F1 EWT {m["dev.en_ewt.Sentences"]:F2}, GUM {m["dev.en_gum.Sentences"]:F2}"));
            return mean;
        });
        var metrics = Score(dev, new PipelineBuilder().Add(tokenizer).Add(new SentenceSplitter(lexicon, boundaryModel)).Build());
        foreach (var (name, value) in metrics)
        {
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} F1 {value:F2}"));
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
        AnsiConsole.WriteLine($"Saved {Path.Combine(models, TokenizerLexicon.ModelName)} and {Path.Combine(models, SentenceSplitter.ModelName)}");
        return 0;
    }

    private static ImmutableSortedDictionary<string, double>.Builder Score(List<(string Corpus, IReadOnlyList<ConlluSentence> Gold)> dev, Pipeline pipeline)
    {
        var metrics = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (corpus, gold) in dev)
        {
            var run = new UdRunner().Run(pipeline, gold, corpus, raw: true);
            var evaluation = new UdEvaluator().Evaluate(gold, run.Sentences);
            foreach (string metric in new[] { "Tokens", "Sentences", "Words" })
            {
                metrics[$"dev.{corpus}.{metric}"] = Math.Round(100 * evaluation[metric].F1, 2);
            }
        }

        return metrics;
    }
}
