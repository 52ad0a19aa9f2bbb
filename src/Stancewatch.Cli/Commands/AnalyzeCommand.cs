using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stancewatch.Analysis;
using Stancewatch.Analysis.Export;
using Stancewatch.Engine.Analysis;
using Stancewatch.Engine.Ingest;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Lemmatization;
using Stancewatch.Nlp.Parsing;
using Stancewatch.Nlp.Tagging;
using Stancewatch.Nlp.Tokenization;
using Stancewatch.Storage;
using Stancewatch.Text.Duplicates;
using Stancewatch.Text.Publishers;
using Stancewatch.Text.Reading;

namespace Stancewatch.Cli.Commands;

/// <summary>
/// <c>stancewatch analyze &lt;inputs&gt; [--crisis FILE] [--json FILE] [--report FILE.html] [--db FILE]</c>: ingests what is not stored yet,
/// runs every stage with progress bars, prints the country profiles and writes the analysis export.
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (read recursively) and http(s) URLs: plain text, Markdown with front matter, HTML, JSON Lines, RSS or Atom",
            Arity = ArgumentArity.OneOrMore,
        };
        var crisis = new Option<FileInfo?>("--crisis") { Description = "Crisis profile (YAML; default: the built-in russia-invasion-of-ukraine profile)", HelpName = "FILE" };
        var json = new Option<FileInfo?>("--json") { Description = "Write the analysis export (contracts/analysis.schema.json) to FILE", HelpName = "FILE" };
        var htmlReport = new Option<FileInfo?>("--report") { Description = "Write a self-contained HTML report (opens offline in any browser) to FILE.html", HelpName = "FILE.html" };
        var kb = new Option<DirectoryInfo?>("--kb") { Description = "Actor knowledge-base directory (default: the repository's data/actors)" };
        var models = new Option<DirectoryInfo?>("--models") { Description = "Models directory (default: the repository's models/)" };
        var db = CommonOptions.Database();
        var command = new Command(
            "analyze",
            "Analyse where governments stand on a crisis: ingest, language pipeline, actors, events and statements, stance claims,\n"
            + "disputes, silences, votes and profiles; prints the profiles and writes the JSON export.\n"
            + "Example: stancewatch analyze ../shared/corpus/seeds/docs --json out.json --report report.html");
        command.Arguments.Add(inputs);
        command.Options.Add(crisis);
        command.Options.Add(json);
        command.Options.Add(htmlReport);
        command.Options.Add(db);
        command.Options.Add(kb);
        command.Options.Add(models);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new AnalysisRequest
            {
                Inputs = parse.GetValue(inputs) ?? [],
                Command = "analyze " + string.Join(' ', parse.Tokens.Select(t => t.Value)),
            };
            return await RunAsync(terminal, parse.GetValue(db)!, request, parse.GetValue(crisis), parse.GetValue(json), parse.GetValue(htmlReport), parse.GetValue(kb), parse.GetValue(models), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(Terminal terminal, string dbPath, AnalysisRequest request, FileInfo? crisisFile, FileInfo? jsonFile, FileInfo? reportFile, DirectoryInfo? kb, DirectoryInfo? modelsDir, CancellationToken cancellationToken)
    {
        CrisisProfile crisis;
        AnalysisLexicon lexicon;
        try
        {
            var loader = new CrisisProfileLoader();
            crisis = crisisFile is null ? loader.LoadBuiltIn() : loader.Load(crisisFile.FullName);
            lexicon = new AnalysisLexiconLoader().LoadDefault();
        }
        catch (CrisisProfileException ex)
        {
            terminal.Problem("analyze", ex.Message);
            return ExitCodes.Usage;
        }

        // The curated knowledge base only: the Phoenix import takes minutes to load and adds names the corpora do not need.
        var registry = ActorKnowledge.LoadWithAgents(kb);
        var pipeline = LanguagePipeline(modelsDir);
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All });
        var fetcher = new HttpPageFetcher(http, new FetchOptions(), TimeProvider.System);
        InputReader reader = InputReader.CreateDefault(fetcher, new InputReaderOptions());
        await using IStore store = StoreOpener.OpenForWriting(dbPath);
        var resolver = new MentionResolver(registry);
        var run = new AnalysisRun(
            new IngestRun(reader, store, new NearDuplicateDetector(), TimeProvider.System),
            store,
            pipeline,
            resolver,
            new Extractor(resolver, EventLexiconReader.LoadDefault()),
            PublisherRegistry.LoadDefault(),
            new StanceAnalyzer(crisis, lexicon));

        AnalysisReport report;
        if (terminal.ShowsProgress)
        {
            report = await terminal.Error.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var tasks = new Dictionary<AnalysisStage, ProgressTask>();
                    var progress = new SynchronousProgress<AnalysisProgress>(p =>
                    {
                        if (!tasks.TryGetValue(p.Stage, out var task))
                        {
                            task = tasks[p.Stage] = ctx.AddTask(StageName(p.Stage));
                        }

                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                    });
                    return await run.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            report = await run.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
        }

        foreach (var failure in report.Failures)
        {
            terminal.Problem(failure.Input, failure.Reason);
        }

        foreach (var note in report.Notes)
        {
            terminal.Warning("analyze", note);
        }

        Render(terminal, report.Result);
        if (jsonFile is not null)
        {
            await using var stream = File.Create(jsonFile.FullName);
            new AnalysisJsonWriter().Write(report.Result, stream);
            terminal.Out.MarkupLine($"analysis written to [bold]{Markup.Escape(jsonFile.FullName)}[/]");
        }

        if (reportFile is not null)
        {
            await HtmlReportFile.WriteAsync(report.Result, store, registry, reportFile, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            terminal.Out.MarkupLine($"report written to [bold]{Markup.Escape(reportFile.FullName)}[/] (open it in a browser; it works offline)");
        }

        return report.Result.Documents.IsEmpty && report.Failures.Length > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    private static string StageName(AnalysisStage stage) => stage switch
    {
        AnalysisStage.Ingest => "reading",
        AnalysisStage.Language => "language, actors, events",
        _ => "analysis",
    };

    /// <summary>The whole language pipeline from the models directory (a missing model is an error, named).</summary>
    private static Pipeline LanguagePipeline(DirectoryInfo? given) =>
        Stancewatch.Nlp.LanguagePipeline.Load(UdPipelines.ModelsDirectory(given)).Full;

    private static void Render(Terminal terminal, AnalysisResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Where governments stand: {Markup.Escape(result.Topic)}");
        table.AddColumn("country");
        table.AddColumn("stance");
        table.AddColumn(new TableColumn("confidence").RightAligned());
        table.AddColumn("disputed");
        table.AddColumn(new TableColumn("claims").RightAligned());
        table.AddColumn("indicators");
        foreach (var p in result.Profiles)
        {
            int claims = result.Claims.Count(c => c.Subject.Code == p.Actor);
            table.AddRow(
                p.Actor,
                Markup.Escape(p.Stance),
                p.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                p.Disputed ? "[yellow]yes[/]" : "",
                claims.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("; ", p.Indicators.Select(kv => kv.Key + ": " + kv.Value))));
        }

        terminal.Out.Write(table);
        terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Documents.Length} documents, {result.Events.Length} events, {result.Claims.Length} claims, {result.Disputes.Length} disputes, {result.Silences.Length} silences, {result.Votes.Length} votes"));
    }
}
