using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;
using Stancewatch.Text.Reading;

namespace Stancewatch.Cli.Commands;

/// <summary>
/// <c>stancewatch code &lt;inputs&gt;</c>: reads each input, runs the language pipeline, actor resolution and extraction,
/// and writes one line per statement and event with its evidence, in the Event fields of the analysis contract
/// (JSON Lines), or a table. A summary with tokens per second goes to stderr.
/// </summary>
public static class CodeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders or URLs (text, Markdown with front matter, HTML, JSON Lines, feeds).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl (default) or table.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var models = new Option<DirectoryInfo?>("--models") { Description = "Models directory (default: the repository's models/)." };
        var kb = new Option<DirectoryInfo?>("--kb") { Description = "Actor knowledge-base directory (default: the repository's data/actors)." };
        var fallback = new Option<string?>("--fallback-date") { Description = "Date (YYYY-MM-DD) whose year bare dates take when a document has no publication date, e.g. the crisis start." };
        var cameoImport = new Option<bool>("--cameo-import") { Description = "Widen our verb patterns with PETRARCH's CAMEO verb dictionary from ../shared (more recall, less precision)." };
        var command = new Command(
            "code",
            "Code statements and PLOVER events with source, target, claimant, negation, hypotheticals and evidence, one per line.\n"
            + "Example: stancewatch code ../shared/corpus/seeds/docs --fallback-date 2022-02-24 --format table");
        command.Arguments.Add(inputs);
        foreach (var o in new Option[] { format, models, kb, fallback, cameoImport })
        {
            command.Options.Add(o);
        }

        command.SetAction((r, ct) => RunAsync(terminal, r.GetValue(inputs)!, r.GetValue(format)!, r.GetValue(models), r.GetValue(kb), r.GetValue(fallback), r.GetValue(cameoImport), ct));
        return command;
    }

    private static async Task<int> RunAsync(Terminal terminal, string[] inputs, string format, DirectoryInfo? models, DirectoryInfo? kb, string? fallbackText, bool importCameo, CancellationToken ct)
    {
        DateOnly? fallback = null;
        if (fallbackText != null)
        {
            if (!DateOnly.TryParseExact(fallbackText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
            {
                terminal.Problem("--fallback-date", $"'{fallbackText}' is not a date (expected YYYY-MM-DD)");
                return ExitCodes.Usage;
            }

            fallback = f;
        }

        var pipeline = ExtractionSetup.LanguagePipeline(models);
        var lexicon = ExtractionSetup.Lexicon(importCameo, out string note);
        var extractor = new Extractor(new MentionResolver(ActorKnowledge.LoadWithAgents(kb)), lexicon);
        var reader = InputReader.CreateDefault(null, new InputReaderOptions());
        var table = new Table().AddColumns("doc", "sent", "event", "source", "target", "claimant", "flags", "date", "trigger", "text");
        int documents = 0, failed = 0, records = 0;
        long tokens = 0;
        var watch = new Stopwatch();
        foreach (string input in reader.Expand(inputs))
        {
            await foreach (var read in reader.ReadAsync(input, ct).ConfigureAwait(false))
            {
                if (read.Document is not { } source)
                {
                    terminal.Problem(read.Failure!.Input, read.Failure.Reason);
                    failed++;
                    continue;
                }

                watch.Start();
                var doc = pipeline.Annotate(Stancewatch.Nlp.AnnotatedDocument.FromText(source.Id, source.Text));
                var extraction = extractor.Extract(doc, ExtractionContext.From(source, fallback));
                watch.Stop();
                documents++;
                tokens += doc.TokenCount;
                foreach (var e in extraction.All())
                {
                    records++;
                    if (format == "table")
                    {
                        table.AddRow(
                            Markup.Escape(Path.GetFileName(source.Origin)),
                            e.Evidence.Sentence.ToString(CultureInfo.InvariantCulture),
                            e.Type.ToString(),
                            Markup.Escape(Actors(e.Source)),
                            Markup.Escape(Actors(e.Target)),
                            Markup.Escape(e.Claimant?.Code ?? ""),
                            Flags(e),
                            e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                            Markup.Escape(e.Frame ?? e.Trigger ?? ""),
                            Markup.Escape(Clip(e.Evidence.Text, 90)));
                    }
                    else
                    {
                        terminal.Out.Profile.Out.Writer.WriteLine(ToJson(e, source.Origin).ToJsonString());
                    }
                }
            }
        }

        if (format == "table")
        {
            terminal.Out.Write(table);
        }

        double seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        terminal.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"code: {documents} documents, {failed} failed, {records} statements and events, {tokens} tokens in {seconds:0.00} s ({tokens / seconds:0} tokens/s, pipeline and extraction); {note}")));
        return documents == 0 && failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    /// <summary>The Event fields of the analysis contract, plus the statement and attribution fields.</summary>
    public static JsonObject ToJson(Event e, string path)
    {
        ArgumentNullException.ThrowIfNull(e);
        static JsonNode? Actor(ActorRef? a) => a is null ? null : new JsonObject { ["code"] = a.Code, ["sector"] = a.Sector, ["name"] = a.Name, ["text"] = a.Text };
        static JsonArray ActorList(IEnumerable<ActorRef> actors) => [.. actors.Select(Actor)];
        return new JsonObject
        {
            ["id"] = e.Id,
            ["path"] = path,
            ["event"] = e.Type.ToString(),
            ["cameo"] = e.Cameo,
            ["mode"] = e.Mode,
            ["context"] = new JsonArray([.. e.Context.Select(c => (JsonNode)JsonValue.Create(c)!)]),
            ["date"] = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["source"] = ActorList(e.Source),
            ["target"] = ActorList(e.Target),
            ["claimant"] = Actor(e.Claimant),
            ["negated"] = e.Negated,
            ["hypothetical"] = e.Hypothetical,
            ["presupposed"] = e.Presupposed,
            ["denied"] = e.Denied,
            ["uncertain"] = e.Uncertain,
            ["frame"] = e.Frame,
            ["trigger"] = e.Trigger,
            ["content"] = e.Content,
            ["contentRange"] = e.ContentRange is { } c ? new JsonArray(c.Start, c.End) : null,
            ["reportedBy"] = e.ReportedBy,
            ["location"] = e.Location,
            ["evidence"] = new JsonObject
            {
                ["doc"] = e.Evidence.Doc,
                ["sentence"] = e.Evidence.Sentence,
                ["start"] = e.Evidence.Start,
                ["end"] = e.Evidence.End,
                ["text"] = e.Evidence.Text,
            },
        };
    }

    private static string Actors(IEnumerable<ActorRef> actors) =>
        string.Join(",", actors.Select(a => a.Sector is null ? a.Code : a.Code + "/" + a.Sector));

    private static string Flags(Event e) =>
        string.Concat(e.Negated ? "N" : "", e.Hypothetical ? "H" : "", e.Denied ? "D" : "", e.Uncertain ? "U" : "", e.Presupposed ? "P" : "", e.ReportedBy != null ? "R" : "");

    private static string Clip(string text, int n) => text.Length <= n ? text : text[..n] + "…";
}
