using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stancewatch.Training;

namespace Stancewatch.Cli.Commands;

/// <summary><c>stancewatch train</c>: rebuilds the tagger, lemmatizer and parser from ../shared/ud.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var only = new Option<string[]>("--only")
        {
            Description = "Train only these components: tagger, lemmatizer, parser, ner (others are loaded from --out when needed)",
            AllowMultipleArgumentsPerToken = true,
        };
        only.AcceptOnlyFromAmong([.. PipelineTrainer.Components, Training.Entities.NerTrainingRun.ModelName]);
        var shared = new Option<string?>("--shared") { Description = "Shared data folder holding ud/ (default: ../shared beside the repository, or $STANCEWATCH_SHARED)" };
        var output = new Option<string?>("--out") { Description = "Output folder for the model directories (default: the repository's models/)" };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var maxSentences = new Option<int>("--max-train-sentences") { Description = "Use only the first N sentences of each training file (quick checks; 0 = all)" };
        var taggerEpochs = new Option<int?>("--tagger-epochs") { Description = "Override the tagger's number of epochs" };
        var parserEpochs = new Option<int?>("--parser-epochs") { Description = "Override the parser's number of epochs" };
        var command = new Command("train", "Rebuild the language models (tagger, lemmatizer, parser) from EWT train + GUM permissive train, selecting on dev, and the named-entity recognizer (ner) from GUM entities + UNER dev.\nExample: stancewatch train --only parser --out models/")
        {
            only, shared, output, seed, maxSentences, taggerEpochs, parserEpochs,
        };
        command.SetAction(parseResult =>
        {
            var options = new PipelineTrainingOptions
            {
                SharedDirectory = parseResult.GetValue(shared) ?? RepositoryPaths.Shared(),
                OutputDirectory = parseResult.GetValue(output) ?? RepositoryPaths.ModelsOutput(),
                Only = new HashSet<string>(parseResult.GetValue(only) ?? [], StringComparer.Ordinal),
                Command = "stancewatch " + string.Join(' ', parseResult.Tokens.Select(t => t.Value)),
                CodeCommit = GitCommit(),
                MaxTrainSentences = parseResult.GetValue(maxSentences),
            };
            int s = parseResult.GetValue(seed);
            options = options with
            {
                Tagger = new TaggerTrainingOptions { Seed = s, Epochs = parseResult.GetValue(taggerEpochs) ?? new TaggerTrainingOptions().Epochs },
                Lemmatizer = new LemmatizerTrainingOptions { Seed = s },
                Parser = new ParserTrainingOptions { Seed = s, Epochs = parseResult.GetValue(parserEpochs) ?? new ParserTrainingOptions().Epochs },
            };

            if (!Directory.Exists(Path.Combine(options.SharedDirectory, "ud")))
            {
                Console.Error.WriteLine($"{options.SharedDirectory}: no ud/ folder with the treebanks (give --shared DIR)");
                return 2;
            }

            var trainer = new PipelineTrainer(options, TimeProvider.System);
            IReadOnlyList<Nlp.Models.ModelCard> cards = [];
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                    var progress = new SynchronousProgress<TrainingProgress>(p =>
                    {
                        if (!tasks.TryGetValue(p.Stage, out var task))
                        {
                            tasks[p.Stage] = task = ctx.AddTask(p.Stage, maxValue: p.Epochs);
                        }

                        task.Value = Math.Min(p.Epochs, p.Epoch - 1 + p.Fraction);
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Stage} epoch {p.Epoch}/{p.Epochs}");
                        if (p.Message != null)
                        {
                            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(p.Stage)}[/] {Markup.Escape(p.Message)}");
                        }
                    });
                    if (options.Only.Count == 0 || options.Only.Any(PipelineTrainer.Components.Contains))
                    {
                        cards = trainer.Run(progress);
                    }

                    if (options.Includes(Training.Entities.NerTrainingRun.ModelName))
                    {
                        var ner = new Training.Entities.NerTrainingRunOptions
                        {
                            SharedDirectory = options.SharedDirectory,
                            OutputDirectory = options.OutputDirectory,
                            Command = options.Command,
                            CodeCommit = options.CodeCommit,
                            Trainer = Training.Entities.NerTrainerOptions.Default with { Seed = s },
                            ActorsDirectory = ActorKnowledge.DataDirectory(null),
                            PhoenixDirectory = Path.Combine(options.SharedDirectory, "dictionaries"),
                        };
                        cards = [.. cards, new Training.Entities.NerTrainingRun(ner, TimeProvider.System).Run(progress)];
                    }
                });

            var table = new Table().AddColumns("model", "best epoch", "seconds", "weights MB", "metrics");
            foreach (var card in cards)
            {
                table.AddRow(
                    card.Name,
                    card.Hyperparameters.GetValueOrDefault("bestEpoch", "?"),
                    card.TrainingSeconds.ToString("F0", CultureInfo.InvariantCulture),
                    (card.WeightsBytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join("  ", card.Metrics.Select(m => FormattableString.Invariant($"{m.Key} {m.Value:F2}")))));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"Models written to [bold]{Markup.Escape(options.OutputDirectory)}[/]");
            return 0;
        });
        return command;
    }

    private static string? GitCommit()
    {
        try
        {
            var psi = new System.Diagnostics.ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = System.Diagnostics.Process.Start(psi);
            string? sha = p?.StandardOutput.ReadToEnd().Trim();
            p?.WaitForExit();
            return p?.ExitCode == 0 && !string.IsNullOrEmpty(sha) ? sha : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
