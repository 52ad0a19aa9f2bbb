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
    /// <summary>Builds the command.</summary>
    public static Command Create(Terminal? terminal = null)
    {
        terminal ??= Terminal.FromProcess();
        var shared = new Option<DirectoryInfo?>("--shared") { Description = "The shared data folder (default: ../shared beside the repository)." };
        var models = new Option<DirectoryInfo?>("--models") { Description = "Models directory to write into (default: the repository's models/)." };
        var command = new Command(
            "train-tokenizer",
            "Learn the tokenizer lexicon (abbreviations, hyphenated words, multiword tokens) from UD English EWT and GUM train; report dev scores.\n"
            + "Example: stancewatch train-tokenizer --shared ../shared");
        command.Options.Add(shared);
        command.Options.Add(models);
        command.SetAction(parseResult => Run(terminal, parseResult.GetValue(shared), parseResult.GetValue(models)));
        return command;
    }

    private static int Run(Terminal terminal, DirectoryInfo? sharedDir, DirectoryInfo? modelsDir)
    {
        string models;
        try
        {
            models = UdPipelines.ModelsDirectory(modelsDir);
        }
        catch (DirectoryNotFoundException e)
        {
            terminal.Problem("models", e.Message);
            return ExitCodes.Usage;
        }

        string ud = Path.Combine(sharedDir?.FullName ?? Path.Combine(Path.GetDirectoryName(models)!, "..", "shared"), "ud");
        try
        {
            new TokenizationModelTrainer().Train(ud, models, line => terminal.Error.WriteLine(line));
        }
        catch (FileNotFoundException e)
        {
            terminal.Problem(e.FileName ?? ud, "training file not found (pass --shared)");
            return ExitCodes.InputFailed;
        }

        return ExitCodes.Success;
    }
}
