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
/// <c>stancewatch train-tokenizer</c>: learns the tokenizer lexicon from EWT train and GUM (permissive) train, scores
/// tokenizer and sentence splitter on the raw text of both dev sets, and saves models/tokenizer.
/// </summary>
public static class TrainTokenizerCommand
{
    /// <summary>The training files under ../shared/ud.</summary>
    public static ImmutableArray<string> TrainFiles { get; } = ["en_ewt-ud-train.conllu", "en_gum-ud-train.permissive.conllu"];

    /// <summary>The selection files under ../shared/ud.</summary>
    public static ImmutableArray<string> DevFiles { get; } = ["en_ewt-ud-dev.conllu", "en_gum-ud-dev.permissive.conllu"];

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

        var metrics = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var pipeline = new PipelineBuilder().Add(new Tokenizer(lexicon)).Add(new SentenceSplitter(lexicon)).Build();
        foreach (string file in DevFiles)
        {
            string path = Path.Combine(ud, file);
            var gold = ConlluReader.ReadFile(path);
            trainingFiles.Add(new TrainingFile("ud/" + file, "dev", ModelDirectory.Sha256Of(path), gold.Count, gold.Sum(s => s.Words.Length)));
            var run = new UdRunner().Run(pipeline, gold, file, raw: true);
            var evaluation = new UdEvaluator().Evaluate(gold, run.Sentences);
            string corpus = file.StartsWith("en_ewt", StringComparison.Ordinal) ? "en_ewt" : "en_gum";
            foreach (string metric in new[] { "Tokens", "Sentences", "Words" })
            {
                double f1 = Math.Round(100 * evaluation[metric].F1, 2);
                metrics[$"dev.{corpus}.{metric}"] = f1;
                AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev {corpus} {metric} F1 {f1:F2}"));
            }
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
            Created = DateTimeOffset.UtcNow,
            TrainingCommand = "stancewatch train-tokenizer --shared ../shared",
            TrainingSeconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 1),
        };
        lexicon.Save(Path.Combine(models, TokenizerLexicon.ModelName), card);
        AnsiConsole.WriteLine($"Saved {Path.Combine(models, TokenizerLexicon.ModelName)}");
        return 0;
    }
}
