using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stancewatch.Storage;
using Stancewatch.Text.Publishers;

namespace Stancewatch.Cli.Commands;

/// <summary><c>stancewatch docs</c>: a table of the stored documents.</summary>
public static class DocsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var db = CommonOptions.Database();
        var command = new Command(
            "docs",
            "List the stored documents: id, publication date (inferred ones marked), publisher and whose voice it carries, size, title.\n"
            + "Example: stancewatch docs --db stancewatch.db");
        command.Options.Add(db);
        command.SetAction(async (parse, cancellationToken) =>
        {
            string path = parse.GetValue(db)!;
            await using IStore? store = StoreOpener.OpenExisting(path, terminal);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            IReadOnlyList<DocumentSummary> docs = await store.ListDocumentsAsync(cancellationToken).ConfigureAwait(false);
            PublisherRegistry publishers = PublisherRegistry.LoadDefault();
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("id");
            table.AddColumn("published");
            table.AddColumn("publisher");
            table.AddColumn("voice");
            table.AddColumn(new TableColumn("chars").RightAligned());
            table.AddColumn("format");
            table.AddColumn("title");
            table.AddColumn("near-duplicate of");
            foreach (DocumentSummary d in docs)
            {
                table.AddRow(
                    Markup.Escape(d.Id),
                    Markup.Escape(Messages.Date(d.Published, d.PublishedInferred)),
                    Markup.Escape(d.Publisher ?? "—"),
                    Markup.Escape(publishers.VoiceOf(d.Url, d.Publisher).ToString()),
                    d.Characters.ToString("N0", CultureInfo.InvariantCulture),
                    Markup.Escape(d.Format),
                    Markup.Escape(Shorten(d.Title ?? d.Origin, 70)),
                    Markup.Escape(d.DuplicateOf ?? string.Empty));
            }

            table.Caption($"{docs.Count.ToString("N0", CultureInfo.InvariantCulture)} documents, {docs.Sum(d => (long)d.Characters).ToString("N0", CultureInfo.InvariantCulture)} characters");
            terminal.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
