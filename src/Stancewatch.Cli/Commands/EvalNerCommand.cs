using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Entities;
using Stancewatch.Nlp.Models;
using Stancewatch.Nlp.Tagging;
using Stancewatch.Training.Entities;

namespace Stancewatch.Cli.Commands;

/// <summary>
/// <c>stancewatch eval ner</c>: runs the named-entity recognizer on the gold tokens of an IOB2 file (Universal NER)
/// or of a GUM CoNLL-U file with entity annotations, and prints exact-span precision, recall and F1, micro-averaged
/// and per type.
/// </summary>
public static class EvalNerCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold file: IOB2 (index, token, tag[, annotator]) or CoNLL-U with GUM Entity= annotations (.conllu).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var models = new Option<DirectoryInfo?>("--models") { Description = "Models directory holding ner/ (default: the repository's models/)." };
        var command = new Command(
            "ner",
            "Score the named-entity recognizer (exact-span micro-F1 and per type) on the gold tokens of a file.\n"
            + "Example: stancewatch eval ner --gold ../shared/ner/uner_en_ewt-test.iob2");
        command.Options.Add(gold);
        command.Options.Add(json);
        command.Options.Add(models);
        command.SetAction(parseResult => Run(parseResult.GetValue(gold)!, parseResult.GetValue(json), parseResult.GetValue(models)));
        return command;
    }

    private static int Run(FileInfo goldFile, bool json, DirectoryInfo? modelsDir)
    {
        IReadOnlyList<NerSentence> gold;
        try
        {
            gold = goldFile.Extension.Equals(".conllu", StringComparison.OrdinalIgnoreCase)
                ? GumEntityReader.ReadFile(goldFile.FullName)
                : Iob2Reader.ReadFile(goldFile.FullName);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{goldFile}: cannot read gold entities: {e.Message}");
            return ExitCodes.Usage;
        }

        string modelDir = Path.Combine(modelsDir?.FullName ?? RepositoryPaths.ModelsOutput(), NerTrainingRun.ModelName);
        EntityModel model;
        try
        {
            model = EntityModelFormat.Load(modelDir).Model;
        }
        catch (ModelLoadException e)
        {
            Console.Error.WriteLine($"cannot load the NER model: {e.Message} (train it with: stancewatch train --only ner)");
            return ExitCodes.Environment;
        }

        var recognizer = new EntityRecognizer(model);
        PerceptronTagger? tagger = null;
        if (model.UseTags)
        {
            // The model was trained with our tagger's UPOS tags: tag the gold tokens the same way.
            try
            {
                tagger = PerceptronTagger.Load(Path.Combine(Path.GetDirectoryName(modelDir)!, "tagger"));
            }
            catch (ModelLoadException e)
            {
                Console.Error.WriteLine($"cannot load the tagger the NER model needs: {e.Message}");
                return ExitCodes.Environment;
            }
        }

        // One annotated document per gold document, since the recognizer makes names consistent within a document.
        var predicted = new List<IReadOnlyList<EntityMention>>(gold.Count);
        int tokens = 0;
        var watch = new Stopwatch();
        foreach (var (first, count) in NerDocuments.Runs(gold))
        {
            var sentences = gold.Skip(first).Take(count).ToList();
            var document = GoldTokens(NerDocuments.Of(sentences[0]), sentences);
            document = tagger?.Annotate(document) ?? document;
            tokens += document.TokenCount;
            watch.Start();
            var annotated = recognizer.Annotate(document);
            watch.Stop();
            predicted.AddRange(BySentence(annotated, sentences));
        }

        var score = NerScorer.Score([.. gold.Select(s => (IReadOnlyList<EntityMention>)s.Entities)], predicted);
        double tokensPerSecond = tokens / Math.Max(watch.Elapsed.TotalSeconds, 1e-9);

        if (json)
        {
            var payload = new
            {
                gold = goldFile.FullName,
                model = modelDir,
                sentences = score.Sentences,
                tokens,
                tokensPerSecond = Math.Round(tokensPerSecond),
                micro = Row(score.Micro),
                byType = score.ByType.Select(Row).ToArray(),
            };
            Console.Out.WriteLine(JsonSerializer.Serialize(payload, JsonOptions));
            return ExitCodes.Success;
        }

        var table = new Table().Title($"NER on {Markup.Escape(goldFile.Name)} (exact span, gold tokens)")
            .AddColumns("type", "gold", "predicted", "correct", "precision", "recall", "F1");
        foreach (var t in score.ByType)
        {
            AddRow(table, t, t.Label);
        }

        AddRow(table, score.Micro, "[bold]micro[/]");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{score.Sentences:N0} sentences, {tokens:N0} tokens, {tokensPerSecond:N0} tokens/s"));
        return ExitCodes.Success;
    }

    private static object Row(NerTypeScore t) => new
    {
        label = t.Label,
        gold = t.Gold,
        predicted = t.Predicted,
        correct = t.Correct,
        precision = Math.Round(t.Precision, 4),
        recall = Math.Round(t.Recall, 4),
        f1 = Math.Round(t.F1, 4),
    };

    private static void AddRow(Table table, NerTypeScore t, string label) =>
        table.AddRow(
            label,
            t.Gold.ToString(CultureInfo.InvariantCulture),
            t.Predicted.ToString(CultureInfo.InvariantCulture),
            t.Correct.ToString(CultureInfo.InvariantCulture),
            (100 * t.Precision).ToString("F2", CultureInfo.InvariantCulture),
            (100 * t.Recall).ToString("F2", CultureInfo.InvariantCulture),
            (100 * t.F1).ToString("F2", CultureInfo.InvariantCulture));

    /// <summary>One document whose tokens and sentences are the gold file's, forms separated by spaces.</summary>
    private static AnnotatedDocument GoldTokens(string id, IReadOnlyList<NerSentence> gold)
    {
        var text = new StringBuilder();
        var starts = ImmutableArray.CreateBuilder<int>();
        var ends = ImmutableArray.CreateBuilder<int>();
        var sentenceStarts = ImmutableArray.CreateBuilder<int>();
        foreach (var s in gold)
        {
            sentenceStarts.Add(starts.Count);
            foreach (var form in s.Forms)
            {
                starts.Add(text.Length);
                text.Append(form);
                ends.Add(text.Length);
                text.Append(' ');
            }

            text.Append('\n');
        }

        return AnnotatedDocument.FromText(id, text.ToString())
            .WithTokens(starts.ToImmutable(), ends.ToImmutable())
            .WithSentences(sentenceStarts.ToImmutable());
    }

    private static List<IReadOnlyList<EntityMention>> BySentence(AnnotatedDocument document, IReadOnlyList<NerSentence> gold)
    {
        var result = gold.Select(_ => new List<EntityMention>()).ToList();
        foreach (var m in document.Entities)
        {
            int s = document.SentenceOf(m.FirstToken);
            int offset = document.SentenceStarts[s];
            result[s].Add(m with { FirstToken = m.FirstToken - offset, EndToken = m.EndToken - offset });
        }

        return [.. result.Select(r => (IReadOnlyList<EntityMention>)r)];
    }
}
