using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Parsing;
using Stancewatch.Training.Evaluation;

namespace Stancewatch.Cli.Commands;

/// <summary>
/// <c>stancewatch eval events</c>: runs the whole extraction on each gold sentence of the PLOVER gold standard (raw
/// text through the language pipeline) or of the PETRARCH-2 validation records (their gold UD parses) and prints
/// event-type precision/recall/F1, source and target accuracy, full match and a confusion table.
/// </summary>
public static class EvalEventsCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var plover = new Option<FileInfo?>("--plover") { Description = "PLOVER gold standard JSON (../shared/eval/PLOVER_GSR_CAMEO.json)." };
        var petrarch = new Option<FileInfo?>("--petrarch") { Description = "PETRARCH-2 validation records (../shared/eval/PETR2_GSR_validation.xml)." };
        var models = new Option<DirectoryInfo?>("--models") { Description = "Models directory (default: the repository's models/)." };
        var kb = new Option<DirectoryInfo?>("--kb") { Description = "Actor knowledge-base directory (default: the repository's data/actors)." };
        var cameoImport = new Option<bool>("--cameo-import") { Description = "Widen our verb patterns with PETRARCH's CAMEO verb dictionary from ../shared." };
        var details = new Option<FileInfo?>("--details") { Description = "Write one line per gold sentence (gold, predicted, events) to this file." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var command = new Command(
            "events",
            "Score event coding (PLOVER type P/R/F1, source/target accuracy, full match, confusion table; CAMEO root accuracy for PETRARCH records).\n"
            + "Example: stancewatch eval events --plover ../shared/eval/PLOVER_GSR_CAMEO.json");
        foreach (var o in new Option[] { plover, petrarch, models, kb, cameoImport, details, json })
        {
            command.Options.Add(o);
        }

        command.SetAction(r => Run(r.GetValue(plover), r.GetValue(petrarch), r.GetValue(models), r.GetValue(kb), r.GetValue(cameoImport), r.GetValue(details), r.GetValue(json)));
        return command;
    }

    private static int Run(FileInfo? ploverFile, FileInfo? petrarchFile, DirectoryInfo? models, DirectoryInfo? kb, bool importCameo, FileInfo? detailsFile, bool json)
    {
        if (ploverFile is null == petrarchFile is null)
        {
            Console.Error.WriteLine("eval events: give exactly one of --plover FILE or --petrarch FILE");
            return ExitCodes.Usage;
        }

        var table = ExtractionSetup.CameoTable();
        if (table is null)
        {
            Console.Error.WriteLine("eval events: ../shared/eval/CAMEO2PLOVER-2021.txt not found (set STANCEWATCH_SHARED)");
            return ExitCodes.Usage;
        }

        var lexicon = ExtractionSetup.Lexicon(importCameo, out string note);
        var resolver = new MentionResolver(ActorKnowledge.LoadWithAgents(kb));
        var extractor = new Extractor(resolver, lexicon);
        var evaluator = new EventEvaluator(table);
        EventEvaluation result;
        var file = (ploverFile ?? petrarchFile)!;
        try
        {
            if (ploverFile != null)
            {
                var gold = PloverGoldReader.ReadFile(ploverFile.FullName);
                var pipeline = ExtractionSetup.LanguagePipeline(models);
                result = evaluator.EvaluatePlover(gold, g =>
                {
                    var doc = pipeline.Annotate(AnnotatedDocument.FromText(g.Id, g.Text));
                    return (doc, extractor.Extract(doc, new ExtractionContext(g.Id, g.Date)));
                });
            }
            else
            {
                var gold = PetrarchValidationReader.ReadFile(petrarchFile!.FullName);
                result = evaluator.EvaluatePetrarch(gold, g =>
                {
                    if (g.Parse is null)
                    {
                        return null;
                    }

                    // The records' parses came from UDPipe, not from annotators: they get the repairs our own parser's output gets.
                    var doc = ParseRepairs.Annotate(ConlluDocumentReader.ToDocuments([UdVersionConverter.ToV2(g.Parse)], g.Id)[0]);
                    return (doc, extractor.Extract(doc, new ExtractionContext(g.Id, g.Date)));
                });
            }
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{file}: {e.Message}");
            return ExitCodes.InputFailed;
        }

        if (detailsFile != null)
        {
            File.WriteAllLines(detailsFile.FullName, result.Details);
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                gold = result.Gold,
                sentences = result.Sentences,
                goldEvents = result.GoldEvents,
                predicted = result.Predicted,
                typePrecision = result.TypePrecision,
                typeRecall = result.TypeRecall,
                typeF1 = result.TypeF1,
                typeAnywhere = result.TypeAnywhere,
                sourceAccuracy = result.SourceAccuracy,
                targetAccuracy = result.TargetAccuracy,
                fullPrecision = result.FullPrecision,
                fullRecall = result.FullRecall,
                fullF1 = result.FullF1,
                rootAccuracy = result.RootAccuracy,
                ploverCorrect = result.PloverCorrect,
                noEventSentences = result.NoEventSentences,
                noEventCorrect = result.NoEventCorrect,
                confusion = result.Confusion,
            }, JsonOptions));
            return ExitCodes.Success;
        }

        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        var summary = new Table().Title(Markup.Escape($"{result.Gold}: {file.Name} ({note})")).AddColumns("measure", "value");
        summary.AddRow("sentences / gold events / sentences coded", $"{result.Sentences} / {result.GoldEvents} / {result.Predicted}");
        summary.AddRow("event type precision / recall / F1", $"{F(result.TypePrecision)} / {F(result.TypeRecall)} / {F(result.TypeF1)}");
        summary.AddRow("gold type among any coded event", $"{result.TypeAnywhere} of {result.GoldEvents}");
        summary.AddRow("source accuracy (type right)", F(result.SourceAccuracy));
        summary.AddRow("target accuracy (type right, gold target)", F(result.TargetAccuracy));
        summary.AddRow("full match precision / recall / F1", $"{F(result.FullPrecision)} / {F(result.FullRecall)} / {F(result.FullF1)}");
        if (result.RootAccuracy is double root)
        {
            summary.AddRow("CAMEO root with source and target right", $"{F(root)} ({result.RootCorrect} of {result.GoldEvents})");
            summary.AddRow("PLOVER type (via CAMEO2PLOVER) with source and target", $"{result.PloverCorrect} of {result.GoldEvents}");
            summary.AddRow("no-event sentences left empty", $"{result.NoEventCorrect} of {result.NoEventSentences}");
        }

        AnsiConsole.Write(summary);
        var labels = result.Confusion.Keys.Concat(result.Confusion.Values.SelectMany(v => v.Keys)).Distinct().Order(StringComparer.Ordinal).ToList();
        Console.WriteLine("confusion: gold (rows) x predicted main event (columns)");
        Console.WriteLine(string.Concat(new[] { "gold".PadRight(11) }.Concat(labels.Select(l => (l.Length > 5 ? l[..5] : l).PadLeft(6)))));
        foreach (var (gold, row) in result.Confusion)
        {
            Console.WriteLine(string.Concat(new[] { gold.PadRight(11) }.Concat(labels.Select(l => (row.TryGetValue(l, out int n) ? n.ToString(CultureInfo.InvariantCulture) : ".").PadLeft(6)))));
        }
        return ExitCodes.Success;
    }
}
