using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Models;
using Stancewatch.Training.Evaluation;

namespace Stancewatch.Cli.Commands;

/// <summary>
/// <c>stancewatch eval ud</c>: the CoNLL 2018 shared task metrics of a system CoNLL-U file against a gold one, or of
/// Stancewatch's own pipeline run on the gold file (gold tokenization by default, the raw text with --raw).
/// </summary>
public static class EvalUdCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(Terminal? terminal = null)
    {
        terminal ??= Terminal.FromProcess();
        var gold = new Option<FileInfo>("--gold") { Description = "Gold CoNLL-U file.", Required = true };
        var system = new Option<FileInfo?>("--system") { Description = "System CoNLL-U file to score; without it Stancewatch annotates the gold file itself." };
        var raw = new Option<bool>("--raw") { Description = "Run on the raw text of the gold file (tokenizer and sentence splitter included) instead of its gold tokens." };
        var goldTags = new Option<bool>("--gold-tags") { Description = "Keep the gold file's tags and lemmas and run only the parser: its accuracy when the tagger makes no error." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var models = new Option<DirectoryInfo?>("--models") { Description = "Models directory (default: the repository's models/)." };
        var save = new Option<FileInfo?>("--save-system") { Description = "Write the system CoNLL-U produced by Stancewatch to this file." };
        var command = new Command(
            "ud",
            "Score UD annotation with the CoNLL 2018 metrics (Tokens, Sentences, Words, UPOS, XPOS, UFeats, AllTags, Lemmas, UAS, LAS, CLAS, MLAS, BLEX).\n"
            + "Example: stancewatch eval ud --gold ../shared/ud/en_ewt-ud-dev.conllu --raw");
        command.Options.Add(gold);
        command.Options.Add(system);
        command.Options.Add(raw);
        command.Options.Add(goldTags);
        command.Options.Add(json);
        command.Options.Add(models);
        command.Options.Add(save);
        command.SetAction(parseResult => Run(
            terminal,
            parseResult.GetValue(gold)!,
            parseResult.GetValue(system),
            parseResult.GetValue(raw),
            parseResult.GetValue(goldTags),
            parseResult.GetValue(json),
            parseResult.GetValue(models),
            parseResult.GetValue(save)));
        return command;
    }

    private static int Run(Terminal terminal, FileInfo goldFile, FileInfo? systemFile, bool raw, bool goldTags, bool json, DirectoryInfo? modelsDir, FileInfo? save)
    {
        if (raw && goldTags)
        {
            terminal.Problem("eval ud", "--raw and --gold-tags exclude each other: raw text has no gold tags");
            return ExitCodes.Usage;
        }

        var input = raw ? UdInput.RawText : goldTags ? UdInput.GoldTags : UdInput.GoldTokens;
        IReadOnlyList<ConlluSentence> gold;
        try
        {
            gold = ConlluReader.ReadFile(goldFile.FullName);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            terminal.Problem(goldFile.ToString(), $"cannot read gold CoNLL-U: {e.Message}");
            return ExitCodes.InputFailed;
        }

        IReadOnlyList<ConlluSentence> systemSentences;
        double? tokensPerSecond = null;
        string components = string.Empty;
        string mode;
        if (systemFile != null)
        {
            try
            {
                systemSentences = ConlluReader.ReadFile(systemFile.FullName);
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                terminal.Problem(systemFile.ToString(), $"cannot read system CoNLL-U: {e.Message}");
                return ExitCodes.InputFailed;
            }

            mode = "system file";
        }
        else
        {
            Pipeline pipeline;
            try
            {
                pipeline = UdPipelines.Create(modelsDir, input);
            }
            catch (Exception e) when (e is IOException or ModelLoadException or UnauthorizedAccessException)
            {
                terminal.Problem("models", e.Message);
                return ExitCodes.Usage;
            }

            components = string.Join(", ", pipeline.Annotators.Select(a => a.Name));
            var run = new UdRunner().Run(pipeline, gold, Path.GetFileNameWithoutExtension(goldFile.Name), input, warmUp: true);
            tokensPerSecond = run.TokensPerSecond;
            if (save != null)
            {
                File.WriteAllText(save.FullName, run.Conllu);
            }

            systemSentences = run.Sentences;
            mode = input switch
            {
                UdInput.RawText => "raw text",
                UdInput.GoldTags => "gold tags",
                _ => "gold tokenization",
            };
        }

        UdEvaluation evaluation;
        try
        {
            evaluation = new UdEvaluator().Evaluate(gold, systemSentences);
        }
        catch (UdEvaluationException e)
        {
            terminal.Problem(goldFile.ToString(), e.Message);
            return ExitCodes.InputFailed;
        }

        if (json)
        {
            var payload = new
            {
                gold = goldFile.FullName,
                system = systemFile?.FullName,
                mode,
                pipeline = components,
                tokensPerSecond,
                metrics = evaluation.Scores.ToDictionary(
                    s => s.Metric,
                    s => new { precision = Percent(s.Precision), recall = Percent(s.Recall), f1 = Percent(s.F1), alignedAccuracy = s.AlignedAccuracy is double a ? Percent(a) : (double?)null }),
            };
            terminal.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(payload, JsonOptions));
            return ExitCodes.Success;
        }

        var table = new Table().Title($"{Markup.Escape(goldFile.Name)} ({mode})");
        table.AddColumn("Metric");
        table.AddColumn(new TableColumn("Precision").RightAligned());
        table.AddColumn(new TableColumn("Recall").RightAligned());
        table.AddColumn(new TableColumn("F1 Score").RightAligned());
        table.AddColumn(new TableColumn("AligndAcc").RightAligned());
        foreach (var s in evaluation.Scores)
        {
            table.AddRow(s.Metric, Format(s.Precision), Format(s.Recall), Format(s.F1), s.AlignedAccuracy is double a ? Format(a) : string.Empty);
        }

        terminal.Out.Write(table);
        if (tokensPerSecond is double tps)
        {
            terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pipeline: {components}; {tps:N0} tokens per CPU second on one thread (best of 3 passes after 3 warm-up passes)"));
        }

        return ExitCodes.Success;
    }

    private static double Percent(double value) => Math.Round(100 * value, 2);

    private static string Format(double value) => (100 * value).ToString("F2", CultureInfo.InvariantCulture);
}
