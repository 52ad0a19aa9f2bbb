using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stancewatch.Storage;
using Stancewatch.Text.Publishers;

namespace Stancewatch.Cli.Commands;

/// <summary><c>stancewatch show &lt;doc-id&gt;</c>: one stored document's metadata and text.</summary>
public static class ShowCommand
{
    private const int MinPrefix = 4;

    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var id = new Argument<string>("doc-id") { Description = "Document id, or a unique prefix of at least 4 characters (see 'stancewatch docs')" };
        var db = CommonOptions.Database();
        var raw = new Option<bool>("--raw") { Description = "Print the raw input as stored (decoded) instead of the normalised text" };
        var command = new Command(
            "show",
            "Show one stored document: its metadata, then its stored text (evidence offsets point into this text).\n"
            + "Example: stancewatch show 3f2a9c");
        command.Arguments.Add(id);
        command.Options.Add(db);
        command.Options.Add(raw);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(db)!;
            string wanted = parse.GetValue(id)!.Trim().ToLowerInvariant();
            await using IStore? store = StoreOpener.OpenExisting(path, terminal);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            IReadOnlyList<string> matches = wanted.Length >= MinPrefix
                ? await store.FindIdsAsync(wanted, 5, cancellationToken).ConfigureAwait(false)
                : [];
            if (matches.Count == 0)
            {
                terminal.Problem(wanted, Messages.NoSuchDocument(wanted));
                return ExitCodes.Usage;
            }

            if (matches.Count > 1 && !matches.Contains(wanted, StringComparer.Ordinal))
            {
                terminal.Problem(wanted, Messages.AmbiguousId(wanted, matches));
                return ExitCodes.Usage;
            }

            string exact = matches.Contains(wanted, StringComparer.Ordinal) ? wanted : matches[0];
            StoredDocument stored = (await store.GetDocumentAsync(exact, cancellationToken).ConfigureAwait(false))!;
            var d = stored.Document;
            PublisherVoice voice = PublisherRegistry.LoadDefault().VoiceOf(d.Url, d.Publisher);
            var grid = new Grid();
            grid.AddColumn(new GridColumn().NoWrap());
            grid.AddColumn();
            void Row(string name, string? value) => grid.AddRow($"[bold]{name}[/]", Markup.Escape(value ?? "—"));
            Row("id", d.Id);
            Row("title", d.Title);
            Row("publisher", d.Publisher);
            Row("voice", voice.ToString() + (voice.Source is null ? string.Empty : " (" + voice.Name + ")"));
            Row("published", Messages.Date(d.Published, d.PublishedInferred));
            Row("language", d.Language);
            Row("url", d.Url);
            Row("origin", d.Origin);
            Row("format", d.Format);
            Row("raw", $"{stored.Raw.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, {stored.RawEncoding ?? "?"}");
            Row("characters", d.Text.Length.ToString("N0", CultureInfo.InvariantCulture));
            Row("near-duplicate of", stored.DuplicateOf);
            Row("added", stored.AddedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
            terminal.Out.Write(grid);
            terminal.Out.WriteLine();
            if (parse.GetValue(raw))
            {
                terminal.Out.Profile.Out.Writer.WriteLine(System.Text.Encoding.UTF8.GetString(stored.Raw.Span));
            }
            else
            {
                terminal.Out.Profile.Out.Writer.WriteLine(d.Text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
