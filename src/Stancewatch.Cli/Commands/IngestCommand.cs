using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stancewatch.Engine.Ingest;
using Stancewatch.Storage;
using Stancewatch.Text.Duplicates;
using Stancewatch.Text.Publishers;
using Stancewatch.Text.Reading;

namespace Stancewatch.Cli.Commands;

/// <summary><c>stancewatch ingest &lt;paths or URLs…&gt;</c>: reads documents and stores the new ones.</summary>
public static class IngestCommand
{
    private const int MaxTableRows = 100;

    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (read recursively) and http(s) URLs: plain text, Markdown with front matter, HTML, JSON Lines, RSS or Atom",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = CommonOptions.Database();
        var published = new Option<DateOnly?>("--published")
        {
            Description = "Set the publication date of every document of this run (YYYY-MM-DD)",
            HelpName = "YYYY-MM-DD",
            CustomParser = r =>
            {
                string value = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
                {
                    return d;
                }

                r.AddError(Messages.BadDate(value));
                return null;
            },
        };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 1 when any input fails (default: only when nothing could be read)" };
        var maxSize = new Option<long>("--max-size")
        {
            Description = "Largest input accepted, e.g. 20MB, 500KB or a number of bytes",
            HelpName = "size",
            DefaultValueFactory = _ => InputReaderOptions.DefaultMaxBytes,
            CustomParser = r =>
            {
                string value = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
                if (TryParseSize(value, out long bytes))
                {
                    return bytes;
                }

                r.AddError(Messages.BadSize(value));
                return 0;
            },
        };

        var command = new Command(
            "ingest",
            "Read documents and store the new ones; exact duplicates are skipped, near-duplicates linked to their original.\n"
            + "Example: stancewatch ingest ../shared/corpus/seeds/docs ../shared/corpus/dev/docs https://example.org/feed.xml");
        command.Arguments.Add(inputs);
        command.Options.Add(db);
        command.Options.Add(published);
        command.Options.Add(strict);
        command.Options.Add(maxSize);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new IngestRequest
            {
                Inputs = parse.GetValue(inputs) ?? [],
                Published = parse.GetValue(published),
                Command = "ingest " + string.Join(' ', parse.Tokens.Select(t => t.Value)),
            };
            return await RunAsync(terminal, parse.GetValue(db)!, request, parse.GetValue(maxSize), parse.GetValue(strict), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(Terminal terminal, string dbPath, IngestRequest request, long maxBytes, bool strict, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All });
        var fetcher = new HttpPageFetcher(http, new FetchOptions { MaxBytes = maxBytes }, TimeProvider.System);
        InputReader reader = InputReader.CreateDefault(fetcher, new InputReaderOptions { MaxBytes = maxBytes });
        await using IStore store = StoreOpener.OpenForWriting(dbPath);
        var run = new IngestRun(reader, store, new NearDuplicateDetector(), TimeProvider.System);

        IngestReport report;
        if (terminal.ShowsProgress)
        {
            report = await terminal.Error.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    ProgressTask task = ctx.AddTask("reading");
                    var progress = new SynchronousProgress(p =>
                    {
                        task.MaxValue = Math.Max(1, p.InputsTotal);
                        task.Value = p.InputsDone;
                        task.Description = Markup.Escape(Shorten(Path.GetFileName(p.Current), 40));
                    });
                    return await run.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            report = await run.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
        }

        foreach (ReadFailure failure in report.Failures)
        {
            terminal.Problem(failure.Input, failure.Reason);
        }

        Render(terminal, report, PublisherRegistry.LoadDefault());
        if (report.NothingRead)
        {
            terminal.Problem("ingest", Messages.NothingRead);
            return ExitCodes.InputFailed;
        }

        if (strict && report.Counts.Failed > 0)
        {
            terminal.Problem("ingest", Messages.StrictFailed(report.Counts.Failed));
            return ExitCodes.InputFailed;
        }

        return ExitCodes.Success;
    }

    private static void Render(Terminal terminal, IngestReport report, PublisherRegistry publishers)
    {
        IAnsiConsole o = terminal.Out;
        if (report.Documents.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Documents read");
            table.AddColumn("id");
            table.AddColumn("published");
            table.AddColumn("publisher");
            table.AddColumn("voice");
            table.AddColumn(new TableColumn("chars").RightAligned());
            table.AddColumn("status");
            table.AddColumn("title");
            foreach (IngestedDocument d in report.Documents.Take(MaxTableRows))
            {
                string status = d.Status switch
                {
                    DocumentStatus.Added => "added",
                    DocumentStatus.NearDuplicate => "near-duplicate of " + d.DuplicateOf,
                    _ => "duplicate",
                };
                table.AddRow(
                    Markup.Escape(d.Id),
                    Markup.Escape(Messages.Date(d.Published, d.PublishedInferred)),
                    Markup.Escape(d.Publisher ?? "—"),
                    Markup.Escape(publishers.VoiceOf(d.Url, d.Publisher).ToString()),
                    d.Characters.ToString("N0", CultureInfo.InvariantCulture),
                    Markup.Escape(status),
                    Markup.Escape(Shorten(d.Title ?? d.Origin, 60)));
            }

            o.Write(table);
            if (report.Documents.Count > MaxTableRows)
            {
                o.WriteLine($"… and {(report.Documents.Count - MaxTableRows).ToString("N0", CultureInfo.InvariantCulture)} more (see 'stancewatch docs')");
            }
        }

        RunCounts c = report.Counts;
        var summary = new Table().Border(TableBorder.Rounded).Title("Summary");
        summary.AddColumn("");
        summary.AddColumn(new TableColumn("").RightAligned());
        summary.HideHeaders();
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        summary.AddRow("documents read", N(c.Read));
        summary.AddRow("added", N(c.Added));
        summary.AddRow("duplicates (already stored)", N(c.Duplicates));
        summary.AddRow("near-duplicates (linked)", N(c.NearDuplicates));
        summary.AddRow("failed", c.Failed > 0 ? $"[red]{N(c.Failed)}[/]" : N(c.Failed));
        summary.AddRow("characters", report.Documents.Sum(d => (long)d.Characters).ToString("N0", CultureInfo.InvariantCulture));
        summary.AddRow("publishers", N(report.Documents.Select(d => d.Publisher ?? "—").Distinct(StringComparer.OrdinalIgnoreCase).Count()));
        summary.AddRow("dated from metadata", N(report.Documents.Count(d => d.Published is not null && !d.PublishedInferred)));
        summary.AddRow("dated by inference (inferred)", N(report.Documents.Count(d => d.PublishedInferred)));
        summary.AddRow("undated", N(report.Documents.Count(d => d.Published is null)));
        o.Write(summary);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Parses "20MB", "500KB", "1.5GB" or a byte count.</summary>
    public static bool TryParseSize(string value, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        string v = value.Trim().ToUpperInvariant();
        long unit = 1;
        foreach ((string suffix, long factor) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
        {
            if (v.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                v = v[..^suffix.Length].Trim();
                break;
            }
        }

        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || number <= 0)
        {
            return false;
        }

        bytes = (long)(number * unit);
        return bytes > 0;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
